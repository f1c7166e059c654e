-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- Diacritic-insensitive search (not expressible in schema.prisma: see tests/db/schema-allowlist.ts)
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('COMMUNE', 'WARD', 'DEPARTMENT', 'MANAGEMENT_BOARD', 'COUNCIL', 'FRONT_COMMITTEE', 'PROVINCIAL_MEDIA', 'PROVINCIAL_PORTAL', 'PROVINCIAL_AGENCY', 'PARTY_BOARD', 'SUB_UNIT');

-- CreateEnum
CREATE TYPE "GroupKind" AS ENUM ('BLOCK', 'CLUSTER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('UNIT_OFFICER', 'UNIT_HEAD', 'REVIEWER', 'COUNCIL_MEMBER', 'LEADER', 'ADMIN');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('MIDTERM_REVIEW', 'FINAL_REVIEW', 'OTHER');

-- CreateEnum
CREATE TYPE "FocusKind" AS ENUM ('PILLAR', 'KEY_PROGRAMME', 'BREAKTHROUGH');

-- CreateEnum
CREATE TYPE "Comparison" AS ENUM ('AT_LEAST', 'GREATER_THAN', 'LESS_THAN', 'EQUALS', 'RANGE', 'AVERAGE_GROWTH_PER_YEAR', 'REDUCE_BY_MORE_THAN_PER_YEAR', 'REDUCE_BY_AT_LEAST_PER_YEAR', 'REDUCE_BY_AT_LEAST', 'RANK_WITHIN_TOP', 'BOOLEAN_DONE');

-- CreateEnum
CREATE TYPE "Horizon" AS ENUM ('ANNUAL', 'BY_YEAR');

-- CreateEnum
CREATE TYPE "UnitReading" AS ENUM ('FORMULA', 'YES_NO', 'NONE');

-- CreateEnum
CREATE TYPE "ValueType" AS ENUM ('NUMBER', 'INTEGER', 'PERCENT', 'YES_NO', 'RANK');

-- CreateEnum
CREATE TYPE "OverTime" AS ENUM ('STOCK', 'FLOW', 'YEAR_TO_DATE');

-- CreateEnum
CREATE TYPE "ReporterGroup" AS ENUM ('COMMUNES_WARDS', 'COMMUNES', 'BORDER_COMMUNES', 'DEPARTMENTS', 'OWNER');

-- CreateEnum
CREATE TYPE "PeriodType" AS ENUM ('QUARTER', 'HALF_YEAR', 'YEAR');

-- CreateTable
CREATE TABLE "Province" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "kind" "UnitKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "nameEn" TEXT,
    "adminCode" TEXT,
    "border" BOOLEAN,
    "borderSource" TEXT,
    "groupId" INTEGER,
    "note" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmulationGroup" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "kind" "GroupKind" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmulationGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "fullName" TEXT NOT NULL,
    "position" TEXT,
    "isLeader" BOOLEAN NOT NULL DEFAULT false,
    "birthYear" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" INTEGER,
    "personId" INTEGER,
    "email" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "passwordChangedAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "theme" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "documentRef" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "MilestoneKind" NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "anchorDate" DATE,
    "note" TEXT,
    "sourceText" TEXT,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestArea" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContestArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FocusItem" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "kind" "FocusKind" NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,

    CONSTRAINT "FocusItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "contestAreaId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "unitLabel" TEXT NOT NULL,
    "comparison" "Comparison" NOT NULL,
    "targetValue" DECIMAL(20,4),
    "targetMin" DECIMAL(20,4),
    "targetMax" DECIMAL(20,4),
    "targetDetail" JSONB,
    "horizon" "Horizon" NOT NULL,
    "horizonYear" INTEGER,
    "horizonBasis" TEXT,
    "baselineYear" INTEGER,
    "sourceText" TEXT NOT NULL,
    "notes" TEXT[],
    "interpretation" TEXT,
    "formula" TEXT NOT NULL,
    "unitReading" "UnitReading" NOT NULL DEFAULT 'FORMULA',
    "formulaNote" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataElement" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "unitLabel" TEXT NOT NULL,
    "valueType" "ValueType" NOT NULL,
    "overTime" "OverTime" NOT NULL,
    "periodTypes" "PeriodType"[],
    "reporterGroups" "ReporterGroup"[],
    "ownerUnitId" INTEGER,
    "minValue" DECIMAL(20,4),
    "maxValue" DECIMAL(20,4),
    "totalElementId" INTEGER,
    "evidenceRequired" BOOLEAN NOT NULL DEFAULT false,
    "outlierThresholdPct" DECIMAL(8,2),
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataElement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorElement" (
    "indicatorId" INTEGER NOT NULL,
    "elementId" INTEGER NOT NULL,

    CONSTRAINT "IndicatorElement_pkey" PRIMARY KEY ("indicatorId","elementId")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "type" "PeriodType" NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "expiryDate" DATE NOT NULL,
    "isBaseline" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "provinceId" INTEGER,
    "actorId" INTEGER,
    "actorName" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "unitId" INTEGER,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE INDEX "Unit_provinceId_kind_idx" ON "Unit"("provinceId", "kind");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Unit_groupId_idx" ON "Unit"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_provinceId_name_key" ON "Unit"("provinceId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_provinceId_adminCode_key" ON "Unit"("provinceId", "adminCode");

-- CreateIndex
CREATE UNIQUE INDEX "EmulationGroup_provinceId_code_key" ON "EmulationGroup"("provinceId", "code");

-- CreateIndex
CREATE INDEX "Person_unitId_idx" ON "Person"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "User_provinceId_role_idx" ON "User"("provinceId", "role");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_ip_createdAt_idx" ON "LoginAttempt"("username", "ip", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_createdAt_idx" ON "LoginAttempt"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_provinceId_code_key" ON "Campaign"("provinceId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_campaignId_code_key" ON "Milestone"("campaignId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ContestArea_campaignId_code_key" ON "ContestArea"("campaignId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "FocusItem_campaignId_kind_number_key" ON "FocusItem"("campaignId", "kind", "number");

-- CreateIndex
CREATE INDEX "Indicator_contestAreaId_idx" ON "Indicator"("contestAreaId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_campaignId_code_key" ON "Indicator"("campaignId", "code");

-- CreateIndex
CREATE INDEX "DataElement_ownerUnitId_idx" ON "DataElement"("ownerUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "DataElement_campaignId_code_key" ON "DataElement"("campaignId", "code");

-- CreateIndex
CREATE INDEX "IndicatorElement_elementId_idx" ON "IndicatorElement"("elementId");

-- CreateIndex
CREATE INDEX "ReportingPeriod_campaignId_endDate_idx" ON "ReportingPeriod"("campaignId", "endDate");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_campaignId_type_year_number_key" ON "ReportingPeriod"("campaignId", "type", "year", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Setting_provinceId_key_key" ON "Setting"("provinceId", "key");

-- CreateIndex
CREATE INDEX "AuditEvent_provinceId_createdAt_idx" ON "AuditEvent"("provinceId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_unitId_createdAt_idx" ON "AuditEvent"("unitId", "createdAt");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "EmulationGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmulationGroup" ADD CONSTRAINT "EmulationGroup_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestArea" ADD CONSTRAINT "ContestArea_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FocusItem" ADD CONSTRAINT "FocusItem_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_contestAreaId_fkey" FOREIGN KEY ("contestAreaId") REFERENCES "ContestArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataElement" ADD CONSTRAINT "DataElement_totalElementId_fkey" FOREIGN KEY ("totalElementId") REFERENCES "DataElement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorElement" ADD CONSTRAINT "IndicatorElement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorElement" ADD CONSTRAINT "IndicatorElement_elementId_fkey" FOREIGN KEY ("elementId") REFERENCES "DataElement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Setting" ADD CONSTRAINT "Setting_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

