#pragma once

#include "DemoData.h"

// The services of the demo catalog, in English and French, with their
// approval rules, delays, fulfilment teams and request forms.
class DemoServices
{
public:
    // Grouped by category, in display order within each category.
    static const QList<DemoData::ServiceRow> &rows();
};
