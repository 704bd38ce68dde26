<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Could not make a working copy of “%1”. Check that your home folder is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open in Waymark (process %2 on %3). Close it there, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the lock file for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the schema migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the workspace to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder for recovery copies, “%1”. Check that your home folder is writable and not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock a recovery copy in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery copy is already being recovered by another Waymark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 to flush it to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not flush %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the table “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path, or create it with “waymark-cli new”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Waymark workspace: it is not an SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Waymark workspace (application id 0x%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Waymark (file format %2; this version reads up to %3). Update Waymark to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a %2 named “%3”. Waymark workspaces never do, so the file was changed outside Waymark and is not opened. Ask the sender for the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the workspace name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store a change in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store a removal in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the new order in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the feedback source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove a feedback source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the feedback sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store feedback: the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store a feedback item: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store a feedback item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not attach feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not detach feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the folder %2 is read-only. Save to another folder, or ask for write access to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark</name>
    <message numerus="yes">
        <source>Attach %n feedback item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detach %n feedback item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 “%2” to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field of %1 characters was cut to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 bytes were replaced by �; if the text looks wrong, choose the file&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more records from line %2 on have invalid %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journey “%1” in this workspace. Journeys: %2. Add --create-touchpoints to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has several journeys (%1). Choose one with --journey NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is outside %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is neither good nor bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date Waymark can read (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is “%1”; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used twice; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid Waymark workspace file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error at line %1 (byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“format” must be “waymark-workspace”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“formatVersion” must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer Waymark (format version %2; this version reads up to %3). Update Waymark to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a feedback item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number for nps, csat, ces or sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a feedback source of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [feedbackId, touchpointId] of existing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a card of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a feedback item of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template “%1”. Available templates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB). Pick a picture of at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PNG, JPEG or WebP picture, or it is damaged. Pick a PNG, JPEG or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: the picture is damaged or incomplete. Pick another picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (%2 × %3 pixels). Pick a picture of at most %4 × %4 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to open (%2 × %3 pixels). Pick a smaller picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no feedback in this journey yet, so nothing to compare with the team&apos;s assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2 answers attached, so there is no measured emotion to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured %1 from %2, n = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, but the team has not set an assumed emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumed %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customers rate it %2 below what the team assumes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customers rate it %2 above what the team assumes (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customers rate it as the team assumes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reach unknown (no transition with a volume), counted as 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reach unknown (a loop without a way out), counted as 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; confidence %1 because n = %2 &lt; 30 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no gap to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree %1% [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey “%1”: %2.
Feedback: %3. Primary metric: %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % intervals in brackets. n = answers behind the figure; anecdotal: n &lt; 10, tentative: n &lt; 30.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transition volumes: every touchpoint has reach 1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::AvatarImage</name>
    <message>
        <source>“%1” is empty. Pick a PNG, JPEG or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture “%1” could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB). Pick a picture of at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit could not be written to the recovery copy: %1 Waymark keeps it in memory and writes everything again with the next edit or Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rewrite the recovery copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no file yet. Use Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only. Use Save As to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: the recovery copy cannot be written. Free disk space and try again; nothing has been lost yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved version to revert to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1” to revert.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::FeedbackImporter</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: there are no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset “%1”. Presets: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1=%2: “%1” is not a field. Fields: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1=%2: “%3” has no column “%2”. Columns: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import from “%1”: no NPS, CSAT, CES or comment column was recognised among %2. Map one with --map nps=COLUMN (or csat, ces, comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the existing feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a touchpoint of journey “%1” (add it, give a touchpoint this keyword, or import with --create-touchpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a header but no data rows: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ImportReport</name>
    <message>
        <source>%1: %2 layout, %3, delimiter %4, %5 header row(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:           %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:            %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run: nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached:            %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (journey “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattached:          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:             %1 stage(s), %2 touchpoint(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:            %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row %1, column “%2”: value “%3” %4; the value was dropped, the row kept
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more (see --report)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::JourneyGraph</name>
    <message>
        <source>Reach can&apos;t be computed: customers who reach %1 never leave them, because no transition with a volume leads out of that loop. Add the volume of the transitions that leave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach can&apos;t be computed: the transition volumes form a system without a solution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ScoreEngine</name>
    <message>
        <source>Could not read the feedback of the journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ScoreFilter</name>
    <message>
        <source>%1 “%2” is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: no feedback can match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::ScoreFormat</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT top-2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores by touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores by stage, distinct items pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scores of the whole journey, distinct items pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to act first: priority = reach × max(0, −gap) × min(1, n/30)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::StakeholderGrid</name>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeepers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spectators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::StakeholderMoveCommand</name>
    <message>
        <source>Move stakeholder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n stakeholders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::TouchpointIndex</name>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints &amp; channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::WorkspaceEdits</name>
    <message>
        <source>persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empathy map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
