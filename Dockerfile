# The API image used by docker-compose.yml: the server compiled to JavaScript and run by node itself (no TypeScript
# loader), against the PostgreSQL named by DATABASE_URL. Node 24 is the maintained LTS the project runs on.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts tsconfig.json tsconfig.build.json ./
COPY prisma ./prisma
COPY scripts ./scripts
COPY src ./src
RUN npm ci --ignore-scripts && npx prisma generate && npm run build

FROM node:24-bookworm-slim
WORKDIR /app
ENV HOST=0.0.0.0 PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
# The compiled server and CLIs; migrations, the fixture and reference data they read at run time; prisma.config.ts
# and the schema-engine stand-in for `prisma migrate deploy` at start (prisma.config.ts reads src/config.ts).
COPY --from=build /app/dist ./dist
COPY --from=build /app/src ./src
COPY prisma ./prisma
COPY data ./data
COPY scripts/prisma-schema-engine.mjs ./scripts/
COPY prisma.config.ts ./
EXPOSE 3000
USER node
# node is PID 1 and receives SIGTERM itself: it drains in-flight requests and closes the pool before exiting.
CMD ["node", "dist/src/server.js"]
