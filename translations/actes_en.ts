<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Actes::AddressBookDialog</name>
    <message numerus="yes">
        <source>Keep which entry? The other %n entries are merged into it, in every resource.</source>
        <translation>
            <numerusform>Keep which entry? The other entry is merged into it, in every resource.</numerusform>
            <numerusform>Keep which entry? The other %n entries are merged into it, in every resource.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::AttachmentsPanel</name>
    <message numerus="yes">
        <source>Attach %n document(s)</source>
        <translation>
            <numerusform>Attach %n document</numerusform>
            <numerusform>Attach %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>%n document attached.</numerusform>
            <numerusform>%n documents attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached; these files were not:</source>
        <translation>
            <numerusform>%n document attached; these files were not:</numerusform>
            <numerusform>%n documents attached; these files were not:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::CommandLine</name>
    <message numerus="yes">
        <source>%n resource(s).</source>
        <translation>
            <numerusform>%n resource.</numerusform>
            <numerusform>%n resources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>Wrote %1: %n page.</numerusform>
            <numerusform>Wrote %1: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) exported to %1, %2 left out; the manifest is index.json.</source>
        <translation>
            <numerusform>%n resource exported to %1, %2 left out; the manifest is index.json.</numerusform>
            <numerusform>%n resources exported to %1, %2 left out; the manifest is index.json.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) checked: %1 with blocking problems, %2 with warnings only.</source>
        <translation>
            <numerusform>%n resource checked: %1 with blocking problems, %2 with warnings only.</numerusform>
            <numerusform>%n resources checked: %1 with blocking problems, %2 with warnings only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s), with their revisions and status history, the trash, the directory, the types, the images and the library values.</source>
        <translation>
            <numerusform>%n resource, with its revisions and status history, the trash, the directory, the types, the images and the library values.</numerusform>
            <numerusform>%n resources, with their revisions and status history, the trash, the directory, the types, the images and the library values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified before it was committed: %n row(s), counts and SHA-256 hashes equal to the original.</source>
        <translation>
            <numerusform>Verified before it was committed: %n row, counts and SHA-256 hashes equal to the original.</numerusform>
            <numerusform>Verified before it was committed: %n rows, counts and SHA-256 hashes equal to the original.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s).</source>
        <translation>
            <numerusform>%n attachment.</numerusform>
            <numerusform>%n attachments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to attach: the text points to them (actes attach ID FILE).</source>
        <translation>
            <numerusform>%n document to attach: the text points to it (actes attach ID FILE).</numerusform>
            <numerusform>%n documents to attach: the text points to them (actes attach ID FILE).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ExportDialog</name>
    <message numerus="yes">
        <source>This internal edition includes %n private resource(s).</source>
        <translation>
            <numerusform>This internal edition includes %n private resource.</numerusform>
            <numerusform>This internal edition includes %n private resources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Left out: %n resource(s).&lt;/b&gt; Private resources are never published; check “Internal edition” below to include them.</source>
        <translation>
            <numerusform>&lt;b&gt;Left out: %n resource.&lt;/b&gt; Private resources are never published; check “Internal edition” below to include them.</numerusform>
            <numerusform>&lt;b&gt;Left out: %n resources.&lt;/b&gt; Private resources are never published; check “Internal edition” below to include them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %n page to “%1”.</numerusform>
            <numerusform>Exported %n pages to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proceedings were exported: %n page(s).</source>
        <translation>
            <numerusform>The proceedings were exported: %n page.</numerusform>
            <numerusform>The proceedings were exported: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Left out: %n members-only document(s).&lt;/b&gt; They are never published; check “Internal edition” below to include them.</source>
        <translation>
            <numerusform>&lt;b&gt;Left out: %n members-only document.&lt;/b&gt; It is never published; check “Internal edition” below to include it.</numerusform>
            <numerusform>&lt;b&gt;Left out: %n members-only documents.&lt;/b&gt; They are never published; check “Internal edition” below to include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ImportReport</name>
    <message numerus="yes">
        <source>%n created</source>
        <comment>resources</comment>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>resources</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <comment>resources</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ImportReportDialog</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text points to %n document(s) to attach, listed under their resource.</source>
        <translation>
            <numerusform>The text points to %n document to attach, listed under its resource.</numerusform>
            <numerusform>The text points to %n documents to attach, listed under their resource.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::MainWindow</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move the %n selected resources to the trash? You can undo this, or restore them from File › Trash.</source>
        <translation>
            <numerusform>Move the selected resource to the trash? You can undo this, or restore it from File › Trash.</numerusform>
            <numerusform>Move the %n selected resources to the trash? You can undo this, or restore them from File › Trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>French typography: %n correction(s) in the summary. Undo (Ctrl+Z) reverts them.</source>
        <translation>
            <numerusform>French typography: %n correction in the summary. Undo (Ctrl+Z) reverts it.</numerusform>
            <numerusform>French typography: %n corrections in the summary. Undo (Ctrl+Z) reverts them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>French typography: %n correction(s) in the body. Undo (Ctrl+Z) reverts them.</source>
        <translation>
            <numerusform>French typography: %n correction in the body. Undo (Ctrl+Z) reverts it.</numerusform>
            <numerusform>French typography: %n corrections in the body. Undo (Ctrl+Z) reverts them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) copied, with their history, the trash, people and structures, types, images and settings: the copy holds the same as this library.</source>
        <translation>
            <numerusform>%n resource copied, with its history, the trash, people and structures, types, images and settings: the copy holds the same as this library.</numerusform>
            <numerusform>%n resources copied, with their history, the trash, people and structures, types, images and settings: the copy holds the same as this library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s).</source>
        <translation>
            <numerusform>Next attempt in %n second.</numerusform>
            <numerusform>Next attempt in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::MetadataPanel</name>
    <message numerus="yes">
        <source> people</source>
        <comment>attendance, after the number</comment>
        <translation>
            <numerusform> person</numerusform>
            <numerusform> people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::MoveToTrashCommand</name>
    <message numerus="yes">
        <source>Delete %n resources</source>
        <translation>
            <numerusform>Delete %n resource</numerusform>
            <numerusform>Delete %n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ProceedingsLayout</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event report(s)</source>
        <translation>
            <numerusform>%n event report</numerusform>
            <numerusform>%n event reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ProceedingsPreview</name>
    <message numerus="yes">
        <source>Preview: %n page(s).</source>
        <translation>
            <numerusform>Preview: %n page.</numerusform>
            <numerusform>Preview: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ResourceEditorPane</name>
    <message numerus="yes">
        <source>%1 / %Ln character(s)</source>
        <comment>length / limit</comment>
        <translation>
            <numerusform>%1 / %Ln character</numerusform>
            <numerusform>%1 / %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The summary is %Ln character(s) over the limit; shorten it.</source>
        <translation>
            <numerusform>The summary is %Ln character over the limit; shorten it.</numerusform>
            <numerusform>The summary is %Ln characters over the limit; shorten it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ResourceListPanel</name>
    <message numerus="yes">
        <source>%n resources found</source>
        <translation>
            <numerusform>%n resource found</numerusform>
            <numerusform>%n resources found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>Replace the library with the backup of %1, which holds %n resource(s)? Changes made since then will not be in the library; the current library is kept beside it as a separate file.</source>
        <translation>
            <numerusform>Replace the library with the backup of %1, which holds %n resource? Changes made since then will not be in the library; the current library is kept beside it as a separate file.</numerusform>
            <numerusform>Replace the library with the backup of %1, which holds %n resources? Changes made since then will not be in the library; the current library is kept beside it as a separate file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ReviewChecks</name>
    <message numerus="yes">
        <source>The summary has %n empty heading(s); remove them or give them a text.</source>
        <translation>
            <numerusform>The summary has %n empty heading; remove it or give it a text.</numerusform>
            <numerusform>The summary has %n empty headings; remove them or give them a text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The body has %n empty heading(s); remove them or give them a text.</source>
        <translation>
            <numerusform>The body has %n empty heading; remove it or give it a text.</numerusform>
            <numerusform>The body has %n empty headings; remove them or give them a text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give a name to the %n participant(s) without one, or remove them.</source>
        <translation>
            <numerusform>Give a name to the participant without one, or remove it.</numerusform>
            <numerusform>Give a name to the %n participants without one, or remove them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give a name to the %n partner(s) without one, or remove them.</source>
        <translation>
            <numerusform>Give a name to the partner without one, or remove it.</numerusform>
            <numerusform>Give a name to the %n partners without one, or remove them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review comment(s) not resolved yet: resolve them before approving.</source>
        <translation>
            <numerusform>%n review comment not resolved yet: resolve it before approving.</numerusform>
            <numerusform>%n review comments not resolved yet: resolve them before approving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::RevisionDiff</name>
    <message numerus="yes">
        <source>[… %n unchanged line(s) …]</source>
        <translation>
            <numerusform>[… %n unchanged line …]</numerusform>
            <numerusform>[… %n unchanged lines …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::RichTextEditor</name>
    <message numerus="yes">
        <source>%n remote image(s) were not downloaded; save them and insert them from a file.</source>
        <translation>
            <numerusform>%n remote image was not downloaded; save it and insert it from a file.</numerusform>
            <numerusform>%n remote images were not downloaded; save them and insert them from a file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be stored in the library.</source>
        <translation>
            <numerusform>%n image could not be stored in the library.</numerusform>
            <numerusform>%n images could not be stored in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) pointing to files on this computer were not read; insert them from a file.</source>
        <translation>
            <numerusform>%n image pointing to a file on this computer was not read; insert it from a file.</numerusform>
            <numerusform>%n images pointing to files on this computer were not read; insert them from a file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::ServerReconnector</name>
    <message numerus="yes">
        <source>The connection to the server %1 is back (after %n attempt(s)).</source>
        <translation>
            <numerusform>The connection to the server %1 is back (after %n attempt).</numerusform>
            <numerusform>The connection to the server %1 is back (after %n attempts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::SiteExportDialog</name>
    <message numerus="yes">
        <source>The &amp;selected resources (%n)</source>
        <translation>
            <numerusform>The &amp;selected resource (%n)</numerusform>
            <numerusform>The &amp;selected resources (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All the resources of the library (%n)</source>
        <translation>
            <numerusform>&amp;All the resources of the library (%n)</numerusform>
            <numerusform>&amp;All the resources of the library (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2, with %n image(s)</source>
        <translation>
            <numerusform>%1 → %2, with %n image</numerusform>
            <numerusform>%1 → %2, with %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n attached document(s))</source>
        <translation>
            <numerusform>(%n attached document)</numerusform>
            <numerusform>(%n attached documents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::SiteExporter</name>
    <message numerus="yes">
        <source>, and %n more</source>
        <translation>
            <numerusform>, and %n more</numerusform>
            <numerusform>, and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds %n file(s) that Actes did not write there or that were changed since its last export: %2. Move them elsewhere (or choose another folder); the website export was not written.</source>
        <translation>
            <numerusform>The folder %1 holds %n file that Actes did not write there or that was changed since its last export: %2. Move it elsewhere (or choose another folder); the website export was not written.</numerusform>
            <numerusform>The folder %1 holds %n files that Actes did not write there or that were changed since its last export: %2. Move them elsewhere (or choose another folder); the website export was not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::SitePreviewDialog</name>
    <message numerus="yes">
        <source>%Ln people</source>
        <comment>attendance</comment>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached document(s) for members only: never published, not listed here.</source>
        <translation>
            <numerusform>%n attached document for members only: never published, not listed here.</numerusform>
            <numerusform>%n attached documents for members only: never published, not listed here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actes::TrashDialog</name>
    <message numerus="yes">
        <source>%n resources in the trash.</source>
        <translation>
            <numerusform>%n resource in the trash.</numerusform>
            <numerusform>%n resources in the trash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n resources in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the resource in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n resources in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>