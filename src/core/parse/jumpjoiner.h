#pragma once

#include "issue.h"

namespace Broadsheet {

// An article jumped to another page: its start ends with （下转第N版）, and page N
// carries the rest under its title again, opening with （上接第M版）. In a text file
// the two stay articles of their own (nothing says which page a line is on);
// from a PDF, where every line's page is known, they are one article: the rest
// is joined to the start, the markers dropped, the cut paragraph made whole,
// and the repeated title kept as a line of the title's, so that the article's
// zones cover both pages.
class JumpJoiner
{
public:
    static void join(Issue &issue);
};

} // namespace Broadsheet
