#include "export/pdfpostprocess.h"

#include <QTimeZone>

// No deprecated PointerHolder in the qpdf API we use.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFMatrix.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Actes {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// "+05'30'" or "-03:00": the sign as a character, then hours and minutes on two digits each.
// (A char16_t passed to QString::arg() is taken as a number: "43" instead of "+".)
QString offsetText(const QDateTime &time, const QString &separatorTemplate)
{
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return separatorTemplate.arg(QString(QChar(offset < 0 ? u'-' : u'+')),
                                 u"%1"_s.arg(minutes / 60, 2, 10, QChar(u'0')),
                                 u"%1"_s.arg(minutes % 60, 2, 10, QChar(u'0')));
}

// D:YYYYMMDDHHmmSS+HH'mm'
QString pdfDate(const QDateTime &time)
{
    return u"D:"_s + time.toString(u"yyyyMMddHHmmss"_s) + offsetText(time, u"%1%2'%3'"_s);
}

// YYYY-MM-DDTHH:mm:SS+HH:mm
QString xmpDate(const QDateTime &time)
{
    return time.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + offsetText(time, u"%1%2:%3"_s);
}

QString xmlEscaped(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    // Control characters are not allowed in XML 1.0.
    escaped.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\n' && c != u'\t'; });
    return escaped;
}

QPDFObjectHandle destination(const std::vector<QPDFObjectHandle> &pages, int page, qreal top)
{
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(pages.at(size_t(page)));
    if (top < 0) {
        dest.appendItem(QPDFObjectHandle::newName("/Fit"));
    } else {
        dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
        dest.appendItem(QPDFObjectHandle::newNull());
        dest.appendItem(QPDFObjectHandle::newReal(double(top), 2));
        dest.appendItem(QPDFObjectHandle::newNull());
    }
    return dest;
}

// Builds the outline items under `parent`; returns the number of items at this level.
int addOutlineLevel(QPDF &pdf, const std::vector<QPDFObjectHandle> &pages, QPDFObjectHandle parent,
                    const QList<PdfOutlineItem> &items)
{
    std::vector<QPDFObjectHandle> created;
    for (const PdfOutlineItem &item : items) {
        if (item.page < 0 || size_t(item.page) >= pages.size())
            continue;
        QPDFObjectHandle node = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        node.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(item.title)));
        node.replaceKey("/Parent", parent);
        node.replaceKey("/Dest", destination(pages, item.page, item.top));
        if (!item.children.isEmpty()) {
            const int count = addOutlineLevel(pdf, pages, node, item.children);
            if (count > 0)
                node.replaceKey("/Count", QPDFObjectHandle::newInteger(-count)); // closed
        }
        if (!created.empty()) {
            created.back().replaceKey("/Next", node);
            node.replaceKey("/Prev", created.back());
        }
        created.push_back(node);
    }
    if (!created.empty()) {
        parent.replaceKey("/First", created.front());
        parent.replaceKey("/Last", created.back());
    }
    return int(created.size());
}

// Opens an attached PDF in `pdf` (the data must outlive it).
void openAnnex(QPDF &pdf, const QByteArray &data)
{
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("annex", data.constData(), size_t(data.size()));
}

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

// Draws every page of `annex` in annex.area of the proceedings' pages from annex.firstPage on,
// with a hairline frame, over what the layout painted there (the running heads and footer).
void bindAnnex(QPDF &pdf, QPDF &source, const std::vector<QPDFObjectHandle> &pages, const PdfAnnexPlacement &annex)
{
    const std::vector<QPDFObjectHandle> annexPages = source.getAllPages();
    for (size_t i = 0; i < annexPages.size(); ++i) {
        const size_t target = size_t(annex.firstPage) + i;
        if (target >= pages.size())
            break;
        QPDFObjectHandle form = pdf.copyForeignObject(QPDFPageObjectHelper(annexPages[i]).getFormXObjectForPage());
        // The annex page's size once its own rotation is applied, fitted in the area, at its top.
        QPDFObjectHandle dict = form.getDict();
        QPDFObjectHandle::Rectangle box = dict.getKey("/BBox").getArrayAsRectangle();
        if (dict.getKey("/Matrix").isMatrix())
            box = QPDFMatrix(dict.getKey("/Matrix").getArrayAsMatrix()).transformRectangle(box);
        const double width = box.urx - box.llx;
        const double height = box.ury - box.lly;
        if (width <= 0 || height <= 0)
            continue;
        const double scale = std::min(annex.area.width() / width, annex.area.height() / height);
        const double placedWidth = width * scale;
        const double placedHeight = height * scale;
        const double left = annex.area.left() + (annex.area.width() - placedWidth) / 2;
        const double top = annex.area.bottom();   // PDF user space: bottom() is the top edge
        const QPDFObjectHandle::Rectangle placed(left, top - placedHeight, left + placedWidth, top);

        QPDFObjectHandle page = pages[target];
        QPDFPageObjectHelper helper(page);
        // A resource dictionary of its own (Qt's pages may share one).
        QPDFObjectHandle resources = page.getKey("/Resources");
        resources = resources.isDictionary() ? resources.shallowCopy() : QPDFObjectHandle::newDictionary();
        QPDFObjectHandle xobjects = resources.getKey("/XObject");
        xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
        resources.replaceKey("/XObject", xobjects);
        page.replaceKey("/Resources", resources);
        int suffix = 1;
        const std::string name = resources.getUniqueResourceName("/ActesAnnex", suffix);
        xobjects.replaceKey(name, form);

        std::string content = "\nQ\n";
        content += helper.placeFormXObject(form, name, placed, true, true, true);
        content += "\nq 0.624 0.671 0.682 RG 0.4 w "
                + u"%1 %2 %3 %4 re S Q\n"_s
                          .arg(number(placed.llx), number(placed.lly), number(placedWidth), number(placedHeight))
                          .toStdString();
        // The page's own content in q ... Q, so that a graphics state it leaves behind does not
        // move the annex.
        helper.addPageContents(QPDFObjectHandle::newStream(&pdf, "q\n"), true);
        helper.addPageContents(QPDFObjectHandle::newStream(&pdf, content), false);
    }
}

} // namespace

int PdfPostProcessor::annexPageCount(const QByteArray &data, QString *problem)
{
    const auto fail = [problem](const QString &reason) {
        if (problem)
            *problem = reason;
        return -1;
    };
    if (data.isEmpty())
        return fail(tr("the file is empty"));
    try {
        QPDF pdf;
        openAnnex(pdf, data);
        if (pdf.isEncrypted())
            return fail(tr("it is encrypted"));
        const std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
        if (pages.empty())
            return fail(tr("it has no page"));
        // Every page's content must decode, or the annex would come out blank or break the export.
        for (QPDFObjectHandle page : pages) {
            Pl_Discard discard;
            QPDFPageObjectHelper(page).pipeContents(&discard);
            QPDFPageObjectHelper(page).getFormXObjectForPage();
        }
        return int(pages.size());
    } catch (const QPDFExc &e) {
        if (e.getErrorCode() == qpdf_e_password)
            return fail(tr("it is protected by a password"));
        return fail(tr("it is not a readable PDF (%1)").arg(QString::fromStdString(e.getMessageDetail())));
    } catch (const std::exception &e) {
        return fail(tr("it is not a readable PDF (%1)").arg(QString::fromUtf8(e.what())));
    }
}

QString PdfPostProcessor::libraryVersion()
{
    return QString::fromStdString(QPDF::QPDFVersion());
}

QByteArray PdfPostProcessor::xmpPacket(const PdfDocumentInfo &info, const QDateTime &created)
{
    QString xmp;
    xmp += u"<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
           "<dc:format>application/pdf</dc:format>\n"_s;
    if (!info.title.isEmpty())
        xmp += u"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"_s
                .arg(xmlEscaped(info.title));
    if (!info.author.isEmpty())
        xmp += u"<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n"_s
                .arg(xmlEscaped(info.author));
    if (!info.subject.isEmpty())
        xmp += u"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:description>\n"_s
                .arg(xmlEscaped(info.subject));
    if (!info.keywords.isEmpty()) {
        xmp += u"<dc:subject><rdf:Bag>"_s;
        for (const QString &keyword : info.keywords)
            xmp += u"<rdf:li>%1</rdf:li>"_s.arg(xmlEscaped(keyword));
        xmp += u"</rdf:Bag></dc:subject>\n"_s;
    }
    if (!info.language.isEmpty())
        xmp += u"<dc:language><rdf:Bag><rdf:li>%1</rdf:li></rdf:Bag></dc:language>\n"_s
                .arg(xmlEscaped(info.language));
    xmp += u"</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"_s;
    if (!info.producer.isEmpty())
        xmp += u"<pdf:Producer>%1</pdf:Producer>\n"_s.arg(xmlEscaped(info.producer));
    if (!info.keywords.isEmpty())
        xmp += u"<pdf:Keywords>%1</pdf:Keywords>\n"_s.arg(xmlEscaped(info.keywords.join(u", "_s)));
    xmp += u"</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"_s;
    if (!info.creator.isEmpty())
        xmp += u"<xmp:CreatorTool>%1</xmp:CreatorTool>\n"_s.arg(xmlEscaped(info.creator));
    xmp += u"<xmp:CreateDate>%1</xmp:CreateDate>\n<xmp:ModifyDate>%1</xmp:ModifyDate>\n"
           "<xmp:MetadataDate>%1</xmp:MetadataDate>\n</rdf:Description>\n"_s.arg(xmpDate(created));
    if (info.pdfA1b)
        xmp += u"<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
               "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
               "</rdf:Description>\n"_s;
    xmp += u"</rdf:RDF>\n</x:xmpmeta>\n"_s;
    // Room for in-place edits by other tools, as the XMP specification recommends.
    for (int i = 0; i < 20; ++i)
        xmp += QString(99, u' ') + u'\n';
    xmp += u"<?xpacket end=\"w\"?>"_s;
    return xmp.toUtf8();
}

bool PdfPostProcessor::process(const QByteArray &input, QByteArray *output, const PdfDocumentInfo &info,
                               const QList<PdfOutlineItem> &outline, const QList<PdfLinkItem> &links,
                               QString *errorMessage, const QList<PdfAnnexPlacement> &annexes)
{
    Q_ASSERT(output);
    QDateTime created = info.created.isValid() ? info.created : QDateTime::currentDateTime();
    created = created.toOffsetFromUtc(created.offsetFromUtc()); // fixed offset, no zone name
    created.setTime(QTime(created.time().hour(), created.time().minute(), created.time().second()));

    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("proceedings", input.constData(), size_t(input.size()));
        const std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
        QPDFObjectHandle root = pdf.getRoot();

        // Annexes: each attached PDF stays open until the output is written (its streams are
        // copied then).
        std::vector<std::unique_ptr<QPDF>> sources;
        for (const PdfAnnexPlacement &annex : annexes) {
            sources.push_back(std::make_unique<QPDF>());
            openAnnex(*sources.back(), annex.data);
            bindAnnex(pdf, *sources.back(), pages, annex);
        }

        // Document information dictionary.
        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle infoDict = trailer.getKey("/Info");
        if (!infoDict.isDictionary()) {
            infoDict = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", infoDict);
        }
        const auto setOrRemove = [&infoDict](const char *key, const QString &value) {
            if (value.isEmpty())
                infoDict.removeKey(key);
            else
                infoDict.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
        };
        setOrRemove("/Title", info.title);
        setOrRemove("/Author", info.author);
        setOrRemove("/Subject", info.subject);
        setOrRemove("/Keywords", info.keywords.join(u", "_s));
        setOrRemove("/Creator", info.creator);
        setOrRemove("/Producer", info.producer);
        infoDict.replaceKey("/CreationDate", QPDFObjectHandle::newString(utf8(pdfDate(created))));
        infoDict.replaceKey("/ModDate", QPDFObjectHandle::newString(utf8(pdfDate(created))));

        // XMP metadata, consistent with the Info dictionary; left uncompressed (PDF/A).
        const QByteArray xmp = xmpPacket(info, created);
        QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, std::string(xmp.constData(), size_t(xmp.size())));
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", metadata);
        if (!info.language.isEmpty())
            root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(utf8(info.language)));
        QPDFObjectHandle viewer = QPDFObjectHandle::newDictionary();
        viewer.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", viewer);

        // Outline (bookmarks).
        if (!outline.isEmpty()) {
            QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            const int count = addOutlineLevel(pdf, pages, outlines, outline);
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(count));
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }

        // Internal links.
        for (const PdfLinkItem &link : links) {
            if (link.page < 0 || size_t(link.page) >= pages.size() || link.targetPage < 0
                || size_t(link.targetPage) >= pages.size())
                continue;
            QPDFObjectHandle annotation = QPDFObjectHandle::newDictionary();
            annotation.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
            annotation.replaceKey("/Subtype", QPDFObjectHandle::newName("/Link"));
            annotation.replaceKey("/Rect", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(
                    link.rect.left(), link.rect.top(), link.rect.right(), link.rect.bottom())));
            QPDFObjectHandle border = QPDFObjectHandle::newArray();
            for (int i = 0; i < 3; ++i)
                border.appendItem(QPDFObjectHandle::newInteger(0));
            annotation.replaceKey("/Border", border);
            annotation.replaceKey("/F", QPDFObjectHandle::newInteger(4)); // printable (PDF/A)
            annotation.replaceKey("/Dest", destination(pages, link.targetPage, link.targetTop));
            QPDFObjectHandle page = pages.at(size_t(link.page));
            QPDFObjectHandle annots = page.getKey("/Annots");
            if (!annots.isArray()) {
                annots = QPDFObjectHandle::newArray();
                page.replaceKey("/Annots", annots);
            }
            annots.appendItem(pdf.makeIndirectObject(annotation));
        }

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setStreamDataMode(qpdf_s_preserve); // Qt already compressed the content streams
        writer.setObjectStreamMode(qpdf_o_disable); // PDF/A-1 and PDF 1.4 have no object streams
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        *output = QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
        return true;
    } catch (const std::exception &e) {
        if (errorMessage)
            *errorMessage = tr("The PDF could not be finalised: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace Actes
