<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>waymark::DisplayText</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Empathy maps</source>
        <translation>Empathy Maps</translation>
    </message>
    <message>
        <source>Stakeholder maps</source>
        <translation>Stakeholder-Maps</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>empathy map</source>
        <translation>Empathy Map</translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stakeholder map</source>
        <translation>Stakeholder-Map</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
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
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>New empathy map</source>
        <translation>Neue Empathy Map</translation>
    </message>
    <message>
        <source>New stakeholder map</source>
        <translation>Neue Stakeholder-Map</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>New &amp;Persona</source>
        <translation>Neue &amp;Persona</translation>
    </message>
    <message>
        <source>New &amp;Empathy Map</source>
        <translation>Neue &amp;Empathy Map</translation>
    </message>
    <message>
        <source>New &amp;Stakeholder Map</source>
        <translation>Neue &amp;Stakeholder-Map</translation>
    </message>
    <message>
        <source>New &amp;Journey</source>
        <translation>Neue &amp;Journey</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Bewertungsportal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Pflege</translation>
    </message>
    <message>
        <source>Use / owning</source>
        <translation>Nutzung / Besitz</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>Feel</source>
        <translation>Fühlen</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Sagen</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Tun</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Pains</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Eng einbinden</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Zufriedenstellen</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Informiert halten</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Beobachten</translation>
    </message>
</context>
<context>
    <name>waymark::DocumentController</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them first?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>If you don’t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Could not create a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a workspace from the template “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Waymark workspaces (*.waymark)</source>
        <translation>Waymark-Arbeitsbereiche (*.waymark)</translation>
    </message>
    <message>
        <source>Workspace in Use</source>
        <translation>Arbeitsbereich wird verwendet</translation>
    </message>
    <message>
        <source>“%1” is already open for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only, look at it and save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” is open read-only because it is in use elsewhere. Use Save As to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>„%1“ geöffnet</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Could not recover “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved edits of “%1” from %2. Save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard all changes to “%1” since it was last saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revert “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted to the saved version of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>waymark::EmpathyMapOverviewPage</name>
    <message>
        <source>What occupies their mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worries or excites them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do they say to others?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do they actually do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fears, frustrations, obstacles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants, needs, measures of success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
</context>
<context>
    <name>waymark::IssuesDock</name>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>waymark::IssuesModel</name>
    <message>
        <source>(deleted %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
</context>
<context>
    <name>waymark::JourneyOverviewPage</name>
    <message>
        <source>assumed %1</source>
        <translation>angenommen %1</translation>
    </message>
    <message>
        <source>This journey has no stages or lanes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
</context>
<context>
    <name>waymark::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>Ü&amp;ber Waymark</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>%1[*] — Waymark (read-only)</source>
        <translation>%1[*] — Waymark (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1[*] — Waymark</source>
        <translation>%1[*] — Waymark</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>Über Waymark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Customer-journey mapping with numbers you can defend.&lt;/p&gt;&lt;p&gt;Personas, empathy maps, stakeholder maps and journeys, with customer feedback attached to the touchpoints it is about.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>waymark::NavigatorDock</name>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>No workspace is open. Create one or open a file to see its personas, maps and journeys here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Deleted %1 “%2” — %3 to undo</source>
        <translation>%1 „%2“ gelöscht — %3 macht es rückgängig</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>waymark::NavigatorModel</name>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::PersonaOverviewPage</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation>Steckbrief</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Wohnort</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
</context>
<context>
    <name>waymark::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Waymark ended without saving these workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their last edits were kept in recovery copies. Recover one to continue where you left off, then save it. Later keeps them for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Discard the unsaved edits of “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved edits of the %1 selected workspaces? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::StakeholderMapOverviewPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Stakeholders: %1 · quadrant from power and interest, each split at 50 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::TemplateDialog</name>
    <message>
        <source>New Workspace from Template</source>
        <translation>Neuer Arbeitsbereich aus Vorlage</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>waymark::TraitBar</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>waymark::UndoHistoryDock</name>
    <message>
        <source>Undo History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
</context>
<context>
    <name>waymark::WelcomePage</name>
    <message>
        <source>No recent workspaces yet.</source>
        <translation>Noch keine zuletzt verwendeten Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>Map your customers’ journeys and close the gap between what you believe you deliver and what they experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Example workspaces with personas, empathy maps, stakeholders and a journey to adapt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>“%1” is open. Double-click a persona, map or journey in the navigator to view it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
