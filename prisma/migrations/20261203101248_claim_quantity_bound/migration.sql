-- CreateEnum
CREATE TYPE "quantity_bound" AS ENUM ('exact', 'at_least', 'more_than', 'at_most', 'less_than', 'approximately');

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "bound" "quantity_bound";
