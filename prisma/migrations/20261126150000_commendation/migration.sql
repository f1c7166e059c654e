-- CreateEnum
CREATE TYPE "RegistryKind" AS ENUM ('TITLE', 'FORM', 'RATING', 'INITIATIVE', 'DISCIPLINE');

-- CreateEnum
CREATE TYPE "RecipientKind" AS ENUM ('INDIVIDUAL', 'COLLECTIVE', 'INDIVIDUAL_OR_COLLECTIVE');

-- CreateEnum
CREATE TYPE "RegistrySource" AS ENUM ('UNIT_REVIEW', 'DECISION', 'IMPORT');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'NEEDS_INFO', 'APPRAISED', 'DISCLOSURE', 'COUNCIL', 'APPROVED', 'REJECTED', 'DECIDED');

-- CreateEnum
CREATE TYPE "ProposalDocType" AS ENUM ('TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN_HOP', 'XAC_NHAN_SANG_KIEN', 'OTHER');

-- CreateEnum
CREATE TYPE "CouncilSessionStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ModelStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'ARCHIVED');

-- CreateTable
CREATE TABLE "CommendationForm" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "RegistryKind" NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "recipient" "RecipientKind" NOT NULL,
    "criteria" TEXT,
    "cashMultiple" DECIMAL(6,2),
    "sources" TEXT[],
    "awardedByUnit" BOOLEAN NOT NULL DEFAULT false,
    "needsCouncilVote" BOOLEAN NOT NULL DEFAULT false,
    "needsPublicDisclosure" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommendationForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EligibilityRule" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "formCode" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "legalSource" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EligibilityRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistryEntry" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "RegistryKind" NOT NULL,
    "code" TEXT NOT NULL,
    "personId" INTEGER,
    "unitId" INTEGER NOT NULL,
    "source" "RegistrySource" NOT NULL,
    "decisionId" INTEGER,
    "decisionNumber" TEXT,
    "decisionDate" DATE,
    "issuer" TEXT,
    "note" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "formCode" TEXT NOT NULL,
    "recipient" "RecipientKind" NOT NULL,
    "personId" INTEGER,
    "recipientUnitId" INTEGER,
    "achievements" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submissionCount" INTEGER NOT NULL DEFAULT 0,
    "eligibility" JSONB,
    "eligible" BOOLEAN,
    "appraisalNote" TEXT,
    "rejectionReason" TEXT,
    "disclosureStart" DATE,
    "disclosureEnd" DATE,
    "councilSessionId" INTEGER,
    "decisionId" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "appraisedAt" TIMESTAMP(3),
    "appraisedById" INTEGER,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalDocument" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "fileId" INTEGER NOT NULL,
    "docType" "ProposalDocType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalComment" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicComment" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "authorName" TEXT,
    "contact" TEXT,
    "text" TEXT NOT NULL,
    "ipHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilSession" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "meetingDate" DATE NOT NULL,
    "status" "CouncilSessionStatus" NOT NULL DEFAULT 'DRAFT',
    "thresholdPct" DECIMAL(5,2) NOT NULL,
    "memberCount" INTEGER,
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilItem" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "yesCount" INTEGER NOT NULL DEFAULT 0,
    "noCount" INTEGER NOT NULL DEFAULT 0,
    "abstainCount" INTEGER NOT NULL DEFAULT 0,
    "approved" BOOLEAN,

    CONSTRAINT "CouncilItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilVote" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "votedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CouncilVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "signer" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "fileId" INTEGER,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExemplaryModel" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "ModelStatus" NOT NULL DEFAULT 'DRAFT',
    "curatorNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExemplaryModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelPhoto" (
    "id" SERIAL NOT NULL,
    "modelId" INTEGER NOT NULL,
    "fileId" INTEGER NOT NULL,
    "caption" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ModelPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Holiday" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoringSheet" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoringSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreEntry" (
    "id" SERIAL NOT NULL,
    "sheetId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "criterionCode" TEXT NOT NULL,
    "score" DECIMAL(8,2) NOT NULL,
    "note" TEXT,
    "scoredById" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CommendationForm_provinceId_code_key" ON "CommendationForm"("provinceId", "code");

-- CreateIndex
CREATE INDEX "EligibilityRule_provinceId_formCode_effectiveFrom_idx" ON "EligibilityRule"("provinceId", "formCode", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "EligibilityRule_provinceId_formCode_version_key" ON "EligibilityRule"("provinceId", "formCode", "version");

-- CreateIndex
CREATE INDEX "RegistryEntry_provinceId_year_code_idx" ON "RegistryEntry"("provinceId", "year", "code");

-- CreateIndex
CREATE INDEX "RegistryEntry_personId_year_idx" ON "RegistryEntry"("personId", "year");

-- CreateIndex
CREATE INDEX "RegistryEntry_unitId_year_idx" ON "RegistryEntry"("unitId", "year");

-- CreateIndex
CREATE INDEX "RegistryEntry_decisionId_idx" ON "RegistryEntry"("decisionId");

-- CreateIndex
CREATE INDEX "Proposal_provinceId_status_idx" ON "Proposal"("provinceId", "status");

-- CreateIndex
CREATE INDEX "Proposal_unitId_year_idx" ON "Proposal"("unitId", "year");

-- CreateIndex
CREATE INDEX "Proposal_councilSessionId_idx" ON "Proposal"("councilSessionId");

-- CreateIndex
CREATE INDEX "Proposal_decisionId_idx" ON "Proposal"("decisionId");

-- CreateIndex
CREATE INDEX "ProposalDocument_proposalId_idx" ON "ProposalDocument"("proposalId");

-- CreateIndex
CREATE INDEX "ProposalDocument_fileId_idx" ON "ProposalDocument"("fileId");

-- CreateIndex
CREATE INDEX "ProposalComment_proposalId_idx" ON "ProposalComment"("proposalId");

-- CreateIndex
CREATE INDEX "PublicComment_proposalId_idx" ON "PublicComment"("proposalId");

-- CreateIndex
CREATE INDEX "PublicComment_ipHash_createdAt_idx" ON "PublicComment"("ipHash", "createdAt");

-- CreateIndex
CREATE INDEX "CouncilSession_provinceId_status_idx" ON "CouncilSession"("provinceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilItem_sessionId_proposalId_key" ON "CouncilItem"("sessionId", "proposalId");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilVote_sessionId_userId_key" ON "CouncilVote"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "Decision_provinceId_date_idx" ON "Decision"("provinceId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_provinceId_number_key" ON "Decision"("provinceId", "number");

-- CreateIndex
CREATE INDEX "ExemplaryModel_provinceId_status_publishedAt_idx" ON "ExemplaryModel"("provinceId", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "ExemplaryModel_unitId_idx" ON "ExemplaryModel"("unitId");

-- CreateIndex
CREATE INDEX "ModelPhoto_modelId_idx" ON "ModelPhoto"("modelId");

-- CreateIndex
CREATE INDEX "ModelPhoto_fileId_idx" ON "ModelPhoto"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "Holiday_provinceId_day_key" ON "Holiday"("provinceId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "ScoringSheet_groupId_year_key" ON "ScoringSheet"("groupId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreEntry_sheetId_unitId_criterionCode_key" ON "ScoreEntry"("sheetId", "unitId", "criterionCode");

-- AddForeignKey
ALTER TABLE "RegistryEntry" ADD CONSTRAINT "RegistryEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistryEntry" ADD CONSTRAINT "RegistryEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistryEntry" ADD CONSTRAINT "RegistryEntry_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_recipientUnitId_fkey" FOREIGN KEY ("recipientUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_councilSessionId_fkey" FOREIGN KEY ("councilSessionId") REFERENCES "CouncilSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDocument" ADD CONSTRAINT "ProposalDocument_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDocument" ADD CONSTRAINT "ProposalDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalComment" ADD CONSTRAINT "ProposalComment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicComment" ADD CONSTRAINT "PublicComment_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilItem" ADD CONSTRAINT "CouncilItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CouncilSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilItem" ADD CONSTRAINT "CouncilItem_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilVote" ADD CONSTRAINT "CouncilVote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CouncilSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExemplaryModel" ADD CONSTRAINT "ExemplaryModel_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelPhoto" ADD CONSTRAINT "ModelPhoto_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ExemplaryModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelPhoto" ADD CONSTRAINT "ModelPhoto_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoringSheet" ADD CONSTRAINT "ScoringSheet_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "EmulationGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoringSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

