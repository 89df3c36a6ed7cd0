#pragma once

namespace crm {

// How a program opens its database.
enum class OpenMode
{
    CreateIfMissing, // a path that does not exist becomes a new database; an existing file must be one
    MustExist,       // the file must exist and be a Delegates CRM database
    ReadOnly         // MustExist, opened read-only: nothing is ever written to the file
};

} // namespace crm
