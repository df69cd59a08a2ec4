#pragma once
// The fixture and helpers shared by the editor test executables (tst_editor, tst_editorpaste):
// a ResourceEditorPane on a library in a temporary folder.
#include "editor/editoractions.h"
#include "editor/findreplacebar.h"
#include "editor/linkdialog.h"
#include "editor/resourceeditorpane.h"
#include "editor/richtexteditor.h"
#include "editor/textformatting.h"
#include "storage/sqliterepository.h"
#include "text/cleanhtml.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolBar>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <memory>

using namespace Actes;
using namespace Qt::StringLiterals;

namespace EditorTest {

inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c == u'\n')
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget,
                                c == u' ' ? Qt::Key_Space : Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
    }
}

inline void select(QTextEdit *edit, int from, int to)
{
    QTextCursor c = edit->textCursor();
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    edit->setTextCursor(c);
}

inline QByteArray pngBytes(QColor color, int w = 40, int h = 30)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline QString readFixture(const QString &relative)
{
    QFile f(QStringLiteral(ACTES_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A TCP listener on 127.0.0.1: any connection to it means something tried to fetch.
class Tripwire
{
public:
    Tripwire()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 && ::listen(m_fd, 8) == 0) {
            socklen_t len = sizeof addr;
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
            m_port = ntohs(addr.sin_port);
        }
    }
    ~Tripwire() { ::close(m_fd); }
    int port() const { return m_port; }
    bool touched() const
    {
        pollfd p{m_fd, POLLIN, 0};
        return ::poll(&p, 1, 0) > 0;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};


// Owns the library, the pane and the temporary folder of one test function.
class EditorFixture
{
protected:
    void setUpPane()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_repo = SqliteRepository::open(m_dir->filePath(u"library.actes"_s));
        m_pane = std::make_unique<ResourceEditorPane>();
        m_pane->setRepository(m_repo.get());
        m_pane->resize(700, 700);
        m_pane->setResource(Resource{});
        actions()->setCurrentEditor(body());
    }
    void tearDownPane()
    {
        m_pane.reset();
        m_repo.reset();
        m_dir.reset();
        QGuiApplication::clipboard()->clear();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteRepository> m_repo;
    std::unique_ptr<ResourceEditorPane> m_pane;
    RichTextEditor *body() const { return m_pane->bodyEditor(); }
    EditorActions *actions() const { return m_pane->actions(); }
    QString bodyHtml() const
    {
        Resource r;
        m_pane->applyTo(r);
        return r.bodyHtml;
    }
};

} // namespace EditorTest
