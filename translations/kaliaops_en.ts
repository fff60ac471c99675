<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApprovalInbox</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessDuration</name>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n business hour</numerusform>
            <numerusform>%n business hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business minute(s)</source>
        <translation>
            <numerusform>%n business minute</numerusform>
            <numerusform>%n business minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTable</name>
    <message numerus="yes">
        <source>The calendar &quot;%1&quot; cannot be deleted: %n SLA policy(ies) count in it (%2). Give them another calendar first.</source>
        <translation>
            <numerusform>The calendar &quot;%1&quot; cannot be deleted: %n SLA policy counts in it (%2). Give it another calendar first.</numerusform>
            <numerusform>The calendar &quot;%1&quot; cannot be deleted: %n SLA policies count in it (%2). Give them another calendar first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogChangeText</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogCommands</name>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was imported and the database is unchanged.</source>
        <translation>
            <numerusform>%n problem found: nothing was imported and the database is unchanged.</numerusform>
            <numerusform>%n problems found: nothing was imported and the database is unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogDetailPanel</name>
    <message numerus="yes">
        <source>%n service(s), sub-categories included</source>
        <translation>
            <numerusform>%n service, sub-categories included</numerusform>
            <numerusform>%n services, sub-categories included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1, %n field(s)</source>
        <translation>
            <numerusform>Version %1, %n field</numerusform>
            <numerusform>Version %1, %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message numerus="yes">
        <source>This file cannot be imported: %n problem(s) found. Nothing will be written until they are corrected.</source>
        <translation>
            <numerusform>This file cannot be imported: %n problem found. Nothing will be written until it is corrected.</numerusform>
            <numerusform>This file cannot be imported: %n problems found. Nothing will be written until they are corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categories to add: %n</source>
        <translation>
            <numerusform>Category to add: %n</numerusform>
            <numerusform>Categories to add: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categories to change: %n</source>
        <translation>
            <numerusform>Category to change: %n</numerusform>
            <numerusform>Categories to change: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categories to remove: %n</source>
        <translation>
            <numerusform>Category to remove: %n</numerusform>
            <numerusform>Categories to remove: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services to add: %n</source>
        <translation>
            <numerusform>Service to add: %n</numerusform>
            <numerusform>Services to add: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services to change: %n</source>
        <translation>
            <numerusform>Service to change: %n</numerusform>
            <numerusform>Services to change: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Services to remove: %n</source>
        <translation>
            <numerusform>Service to remove: %n</numerusform>
            <numerusform>Services to remove: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n</source>
        <translation>
            <numerusform>Problem: %n</numerusform>
            <numerusform>Problems: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogWarnings</name>
    <message numerus="yes">
        <source>%n requester(s) have no manager to approve: the stand-in approver decides for them.</source>
        <translation>
            <numerusform>%n requester has no manager to approve: the stand-in approver decides for them.</numerusform>
            <numerusform>%n requesters have no manager to approve: the stand-in approver decides for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requester(s) have no manager to approve: the catalog administrators decide for them.</source>
        <translation>
            <numerusform>%n requester has no manager to approve: the catalog administrators decide for them.</numerusform>
            <numerusform>%n requesters have no manager to approve: the catalog administrators decide for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requester(s) have no team lead to approve: the stand-in approver decides for them.</source>
        <translation>
            <numerusform>%n requester has no team lead to approve: the stand-in approver decides for them.</numerusform>
            <numerusform>%n requesters have no team lead to approve: the stand-in approver decides for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requester(s) have no team lead to approve: the catalog administrators decide for them.</source>
        <translation>
            <numerusform>%n requester has no team lead to approve: the catalog administrators decide for them.</numerusform>
            <numerusform>%n requesters have no team lead to approve: the catalog administrators decide for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTable</name>
    <message numerus="yes">
        <source>%n sub-category(ies)</source>
        <translation>
            <numerusform>%n sub-category</numerusform>
            <numerusform>%n sub-categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message numerus="yes">
        <source>%n migration(s) applied; schema version %1.</source>
        <translation>
            <numerusform>%n migration applied; schema version %1.</numerusform>
            <numerusform>%n migrations applied; schema version %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message numerus="yes">
        <source>This database already holds a catalog of %n category(ies): the demo catalog can only be loaded into an empty catalog.</source>
        <translation>
            <numerusform>This database already holds a catalog of %n category: the demo catalog can only be loaded into an empty catalog.</numerusform>
            <numerusform>This database already holds a catalog of %n categories: the demo catalog can only be loaded into an empty catalog.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormAnswerCheck</name>
    <message numerus="yes">
        <source>&quot;%1&quot; holds at most %n character(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; holds at most %n character.</numerusform>
            <numerusform>&quot;%1&quot; holds at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs at least %n character(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; needs at least %n character.</numerusform>
            <numerusform>&quot;%1&quot; needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; must be at least %n day(s) from today.</source>
        <translation>
            <numerusform>&quot;%1&quot; must be at least %n day from today.</numerusform>
            <numerusform>&quot;%1&quot; must be at least %n days from today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormAttachmentCheck</name>
    <message numerus="yes">
        <source>&quot;%1&quot; holds at most %n file(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; holds at most %n file.</numerusform>
            <numerusform>&quot;%1&quot; holds at most %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormChoiceReader</name>
    <message numerus="yes">
        <source>This text is too long: it may hold at most %n character(s).</source>
        <translation>
            <numerusform>This text is too long: it may hold at most %n character.</numerusform>
            <numerusform>This text is too long: it may hold at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDesignerPreview</name>
    <message numerus="yes">
        <source>%n answer(s) would be refused.</source>
        <translation>
            <numerusform>%n answer would be refused.</numerusform>
            <numerusform>%n answers would be refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDesignerSummary</name>
    <message numerus="yes">
        <source>%n field(s), %1 conditional</source>
        <translation>
            <numerusform>%n field, %1 conditional</numerusform>
            <numerusform>%n fields, %1 conditional</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormFileEditor</name>
    <message numerus="yes">
        <source>&quot;%1&quot; holds at most %n file(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; holds at most %n file.</numerusform>
            <numerusform>&quot;%1&quot; holds at most %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormMemberReader</name>
    <message numerus="yes">
        <source>This text is too long: it may hold at most %n character(s).</source>
        <translation>
            <numerusform>This text is too long: it may hold at most %n character.</numerusform>
            <numerusform>This text is too long: it may hold at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalBrowser</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) match &quot;%1&quot;</source>
        <translation>
            <numerusform>%n service matches &quot;%1&quot;</numerusform>
            <numerusform>%n services match &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceRequestPage</name>
    <message numerus="yes">
        <source>%n field(s) to check: see the message under each.</source>
        <translation>
            <numerusform>%n field to check: see the message under it.</numerusform>
            <numerusform>%n fields to check: see the message under each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTable</name>
    <message numerus="yes">
        <source>The request form is not valid: %1: %2 (%n problem(s) in all).</source>
        <translation>
            <numerusform>The request form is not valid: %1: %2 (%n problem in all).</numerusform>
            <numerusform>The request form is not valid: %1: %2 (%n problems in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service &quot;%1&quot; has %n request(s) in its history: deactivate it instead of deleting it.</source>
        <translation>
            <numerusform>The service &quot;%1&quot; has %n request in its history: deactivate it instead of deleting it.</numerusform>
            <numerusform>The service &quot;%1&quot; has %n requests in its history: deactivate it instead of deleting it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaPolicyTable</name>
    <message numerus="yes">
        <source>The SLA policy &quot;%1&quot; cannot be deleted: %n service(s) commit to it (%2). Give them another policy or none first.</source>
        <translation>
            <numerusform>The SLA policy &quot;%1&quot; cannot be deleted: %n service commits to it (%2). Give it another policy or none first.</numerusform>
            <numerusform>The SLA policy &quot;%1&quot; cannot be deleted: %n services commit to it (%2). Give them another policy or none first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionCheck</name>
    <message numerus="yes">
        <source>%1 (and %n other problem(s) in the form)</source>
        <translation>
            <numerusform>%1 (and %n other problem in the form)</numerusform>
            <numerusform>%1 (and %n other problems in the form)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndeliveredMailDialog</name>
    <message numerus="yes">
        <source>%n notification(s) back in the outbox: the next pass sends them.</source>
        <translation>
            <numerusform>%n notification back in the outbox: the next pass sends it.</numerusform>
            <numerusform>%n notifications back in the outbox: the next pass sends them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkerCommands</name>
    <message numerus="yes">
        <source>%n escalation(s) raised.</source>
        <translation>
            <numerusform>%n escalation raised.</numerusform>
            <numerusform>%n escalations raised.</numerusform>
        </translation>
    </message>
</context>
</TS>
