-- AlterTable
ALTER TABLE "edition" ADD COLUMN     "supplement_number" INTEGER;

-- Written by hand.
ALTER TABLE "edition" ADD CONSTRAINT "edition_supplement_number_range" CHECK ("supplement_number" BETWEEN 1 AND 9999);
