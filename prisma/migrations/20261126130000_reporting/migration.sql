-- CreateEnum
CREATE TYPE "WorkflowStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "Registration" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "WorkflowStatus" NOT NULL DEFAULT 'DRAFT',
    "collectiveTitleCode" TEXT,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submissionCount" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" INTEGER,
    "updatedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationTarget" (
    "id" SERIAL NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "targetValue" DECIMAL(20,4),
    "targetMin" DECIMAL(20,4),
    "targetMax" DECIMAL(20,4),
    "note" TEXT,

    CONSTRAINT "RegistrationTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndividualRegistration" (
    "id" SERIAL NOT NULL,
    "registrationId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "position" TEXT,
    "titleCode" TEXT NOT NULL,

    CONSTRAINT "IndividualRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "status" "WorkflowStatus" NOT NULL DEFAULT 'DRAFT',
    "note" TEXT,
    "narrative" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "submissionCount" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" INTEGER,
    "updatedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportValue" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "elementId" INTEGER NOT NULL,
    "value" DECIMAL(20,4),
    "rawValue" TEXT,
    "note" TEXT,

    CONSTRAINT "ReportValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionVersion" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER,
    "registrationId" INTEGER,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "submittedById" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubmissionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER,
    "registrationId" INTEGER,
    "elementId" INTEGER,
    "indicatorId" INTEGER,
    "round" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" SERIAL NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "unitId" INTEGER,
    "name" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FileBlob" (
    "fileId" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "FileBlob_pkey" PRIMARY KEY ("fileId")
);

-- CreateTable
CREATE TABLE "ReportEvidence" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "fileId" INTEGER NOT NULL,
    "elementId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodReopening" (
    "id" SERIAL NOT NULL,
    "periodId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "untilDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "byId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodReopening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "link" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Registration_provinceId_campaignId_year_status_idx" ON "Registration"("provinceId", "campaignId", "year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_unitId_campaignId_year_key" ON "Registration"("unitId", "campaignId", "year");

-- CreateIndex
CREATE INDEX "RegistrationTarget_indicatorId_idx" ON "RegistrationTarget"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationTarget_registrationId_indicatorId_key" ON "RegistrationTarget"("registrationId", "indicatorId");

-- CreateIndex
CREATE INDEX "IndividualRegistration_personId_idx" ON "IndividualRegistration"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "IndividualRegistration_registrationId_personId_key" ON "IndividualRegistration"("registrationId", "personId");

-- CreateIndex
CREATE INDEX "Report_periodId_status_idx" ON "Report"("periodId", "status");

-- CreateIndex
CREATE INDEX "Report_provinceId_status_periodId_idx" ON "Report"("provinceId", "status", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_unitId_periodId_key" ON "Report"("unitId", "periodId");

-- CreateIndex
CREATE INDEX "ReportValue_elementId_idx" ON "ReportValue"("elementId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportValue_reportId_elementId_key" ON "ReportValue"("reportId", "elementId");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionVersion_reportId_number_key" ON "SubmissionVersion"("reportId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "SubmissionVersion_registrationId_number_key" ON "SubmissionVersion"("registrationId", "number");

-- CreateIndex
CREATE INDEX "ReviewComment_reportId_round_idx" ON "ReviewComment"("reportId", "round");

-- CreateIndex
CREATE INDEX "ReviewComment_registrationId_round_idx" ON "ReviewComment"("registrationId", "round");

-- CreateIndex
CREATE INDEX "StoredFile_unitId_idx" ON "StoredFile"("unitId");

-- CreateIndex
CREATE INDEX "ReportEvidence_reportId_idx" ON "ReportEvidence"("reportId");

-- CreateIndex
CREATE INDEX "ReportEvidence_fileId_idx" ON "ReportEvidence"("fileId");

-- CreateIndex
CREATE INDEX "PeriodReopening_periodId_unitId_idx" ON "PeriodReopening"("periodId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTarget" ADD CONSTRAINT "RegistrationTarget_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTarget" ADD CONSTRAINT "RegistrationTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualRegistration" ADD CONSTRAINT "IndividualRegistration_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndividualRegistration" ADD CONSTRAINT "IndividualRegistration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportValue" ADD CONSTRAINT "ReportValue_elementId_fkey" FOREIGN KEY ("elementId") REFERENCES "DataElement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionVersion" ADD CONSTRAINT "SubmissionVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubmissionVersion" ADD CONSTRAINT "SubmissionVersion_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileBlob" ADD CONSTRAINT "FileBlob_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEvidence" ADD CONSTRAINT "ReportEvidence_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportEvidence" ADD CONSTRAINT "ReportEvidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

