#pragma once

#include <QLocale>

namespace crm::cli {

struct Invocation;

// Output meant for scripts is the same in every language: while one of these is active, tr() and
// QLocale() give American English, whatever --lang or the system chose, so that the words inside
// JSON values and CSV files (a timeline's titles, an export's headers, "Yes"/"No") and the numbers
// in them never change with the language. The chosen language comes back when it ends.
class ScriptLanguage final
{
public:
    explicit ScriptLanguage(bool active);
    ~ScriptLanguage();
    Q_DISABLE_COPY_MOVE(ScriptLanguage)

    // Whether a command line asks for output meant for scripts: --json as a flag (not the JSON
    // file add and update read), or a CSV file.
    static bool wanted(const Invocation &invocation);

private:
    bool m_active;
    QLocale m_chosen;
};

} // namespace crm::cli
