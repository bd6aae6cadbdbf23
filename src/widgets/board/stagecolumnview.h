// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QListView>

class QLabel;

namespace Ripen {

class StageColumnModel;

// The card list of one column; arrow keys across columns are handled by the board.
class CardListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardListView)
public:
    explicit CardListView(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

// One stage: a header with its name, how many deals it holds and what they are worth, over its cards.
class StageColumnView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageColumnView)
public:
    StageColumnView(const QString &stageName, StageColumnModel *model, QWidget *parent = nullptr);

    StageColumnModel *model() const { return m_model; }
    CardListView *list() const { return m_list; }
    // The stage name over what the column holds, in words (the header's tooltip).
    QString headerText() const;
    void setStageName(const QString &name);
    // Shows another model (another file's, or the same stage read afresh) in this column's widgets,
    // which are kept; the column owns the model and deletes the one it showed. May be null.
    void setModel(StageColumnModel *model);

private:
    void updateHeader();

    StageColumnModel *m_model;
    QString m_name;
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_summary;
    CardListView *m_list;
};

} // namespace Ripen
