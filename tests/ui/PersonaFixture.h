// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The persona tests' fixture: a main window on the e-commerce template, and the helpers
// that drive its widgets like a user (clicks, typing, drops).
#pragma once

#include "navigator/NavigatorDock.h"
#include "navigator/NavigatorModel.h"
#include "journey/JourneyEditorPage.h"
#include "persona/AvatarPicker.h"
#include "persona/PersonaCard.h"
#include "persona/PersonaEditorPage.h"
#include "persona/PersonaForm.h"
#include "persona/PersonaGalleryPage.h"
#include "persona/PersonaSheet.h"
#include "persona/PersonaSheetView.h"
#include "persona/StringListEditor.h"
#include "persona/TraitEditor.h"
#include "shell/DocumentController.h"
#include "shell/EditorArea.h"
#include "shell/MainWindow.h"
#include "widgets/MessageBanner.h"
#include "widgets/PlainLabel.h"

#include "document/Document.h"
#include "interchange/InterchangeJson.h"
#include "interchange/TemplateLibrary.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtEndian>

namespace waymark::test {

using namespace Qt::StringLiterals;
using Region = PersonaSheet::Region;
using Field = PersonaForm::Field;

inline QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

/// A PNG whose valid header claims 50,000 × 50,000 RGBA pixels (10 GB decoded).
inline QByteArray pngBomb()
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(quint32(50000), ihdr.data());
    qToBigEndian(quint32(50000), ihdr.data() + 4);
    ihdr[8] = 8;
    ihdr[9] = 6;
    const auto chunk = [](const char *type, const QByteArray &data) -> QByteArray {
        QByteArray out(4, '\0');
        qToBigEndian(quint32(data.size()), out.data());
        const QByteArray body = QByteArray(type) + data;
        QByteArray crc(4, '\0');
        qToBigEndian(crc32(body), crc.data());
        return out + body + crc;
    };
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += chunk("IHDR", ihdr);
    png += chunk("IDAT", QByteArray::fromHex("789c030000000001"));
    png += chunk("IEND", {});
    return png;
}

/// Types `text` like a keyboard (QTest::keyClicks takes ASCII only): one key event per
/// character, umlauts and emoji (a surrogate pair in one event) included.
inline void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 128 && c.isPrint()) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QString unit(c);
        if (c.isHighSurrogate() && i + 1 < text.size())
            unit += text.at(++i);
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, unit, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, unit, Qt::NoModifier);
    }
}

inline QString &fieldOf(Persona &p, Field field)
{
    switch (field) {
    case Field::Name: return p.name;
    case Field::Segment: return p.segment;
    case Field::Quote: return p.quote;
    case Field::Age: return p.age;
    case Field::Occupation: return p.occupation;
    case Field::Location: return p.location;
    case Field::Family: break;
    }
    return p.family;
}

inline QRect sliderHandle(QSlider *slider)
{
    QStyleOptionSlider opt;
    opt.initFrom(slider);
    opt.orientation = slider->orientation();
    opt.minimum = slider->minimum();
    opt.maximum = slider->maximum();
    opt.sliderPosition = slider->sliderPosition();
    opt.sliderValue = slider->value();
    opt.singleStep = slider->singleStep();
    opt.pageStep = slider->pageStep();
    opt.tickPosition = slider->tickPosition();
    opt.tickInterval = slider->tickInterval();
    opt.upsideDown = false;
    opt.subControls = QStyle::SC_All;
    return slider->style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, slider);
}

inline void sendMouse(QWidget *widget, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(widget->mapToGlobal(pos)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

/// Test classes derive from it and forward initTestCase, init and cleanup to it.
class PersonaFixture
{
protected:
    void initTestCase();
    void init();
    void cleanup();

    Document *document() const { return m_window->controller()->document(); }
    QUndoStack *stack() const { return document()->undoStack(); }
    QTreeView *navigatorView() const { return m_window->navigator()->view(); }
    NavigatorModel *navigatorModel() const { return m_window->navigator()->model(); }
    QTabWidget *tabs() const { return m_window->editorArea()->tabs(); }
    const Persona &persona(int row = 0) const { return document()->workspace().personas.items().at(row); }
    /// Opens the persona in row `row` with a double-click in the navigator.
    PersonaEditorPage *openPersona(int row = 0);
    PersonaGalleryPage *openGallery();
    static void doubleClick(QWidget *widget, QPoint pos);
    static void replaceText(QLineEdit *edit, const QString &text);
    QLineEdit *focusedLineEdit() const { return qobject_cast<QLineEdit *>(QApplication::focusWidget()); }
    QString writePicture(const QString &name, const QByteArray &bytes);
    static void dropFile(QWidget *target, const QString &path);

    QTemporaryDir m_home;
    QPointer<MainWindow> m_window;
};

inline void PersonaFixture::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings and recovery copies go to a scratch folder, never the user's.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    QCoreApplication::setOrganizationName(u"WaymarkTest"_s);
    QCoreApplication::setApplicationName(u"tst_persona"_s);
    qRegisterMetaType<PersonaSheet::Region>();
}

inline void PersonaFixture::init()
{
    m_window = new MainWindow;
    auto data = TemplateLibrary::load(u"ecommerce-purchase"_s);
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().text()));
    auto created = Document::create(&*data);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().text()));
    m_window->controller()->setDocument(std::move(*created));
    m_window->resize(1500, 1000);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

inline void PersonaFixture::cleanup()
{
    if (!m_window)
        return;
    m_window->controller()->setDocument(nullptr);
    delete m_window;
}

inline void PersonaFixture::doubleClick(QWidget *widget, QPoint pos)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
    QTest::mousePress(widget, Qt::LeftButton, {}, pos);
    QTest::mouseDClick(widget, Qt::LeftButton, {}, pos);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, pos);
}

inline PersonaEditorPage *PersonaFixture::openPersona(int row)
{
    const QModelIndex index = navigatorModel()->index(row, 0, navigatorModel()->groupIndex(EntityKind::Persona));
    navigatorView()->scrollTo(index);
    doubleClick(navigatorView()->viewport(), navigatorView()->visualRect(index).center());
    auto *page = qobject_cast<PersonaEditorPage *>(tabs()->currentWidget());
    if (page && page->entityId() == persona(row).id.value) {
        QTest::qWait(0);
        return page;
    }
    return nullptr;
}

inline PersonaGalleryPage *PersonaFixture::openGallery()
{
    const QModelIndex group = navigatorModel()->groupIndex(EntityKind::Persona);
    doubleClick(navigatorView()->viewport(), navigatorView()->visualRect(group).center());
    return qobject_cast<PersonaGalleryPage *>(tabs()->currentWidget());
}

inline void PersonaFixture::replaceText(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    typeText(edit, text);
}

inline QString PersonaFixture::writePicture(const QString &name, const QByteArray &bytes)
{
    const QString path = m_home.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

inline void PersonaFixture::dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace waymark::test

Q_DECLARE_METATYPE(waymark::PersonaForm::Field)
Q_DECLARE_METATYPE(waymark::PersonaSheet::Region)
