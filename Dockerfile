# The API image used by docker-compose.yml. Runs against the PostgreSQL named by DATABASE_URL.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --omit=dev --ignore-scripts && npx prisma generate
COPY tsconfig.json ./
COPY src ./src
EXPOSE 3000
USER node
CMD ["npx", "tsx", "src/server.ts"]
