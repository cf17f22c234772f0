// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

// The raw material of the scale generator (generator.cpp): names by language
// of origin, countries with their cities and bodies, job titles, topics and
// the mix of event kinds. Data only; lists are '|'-separated UTF-8.
namespace fd::generatorseeds {

enum class Feminine { Same, Polish, Czech, Greek };

struct OriginSeed {
    const char *code;
    const char *male;
    const char *female;
    const char *last;
    Feminine feminine;
};

struct CountrySeed {
    const char *code;
    const char *calling;
    const char *language; // of job titles
    int share;            // members of 250
    const char *origins;  // "de:78,tr:10"
    const char *cities;
    const char *bodies;
};

struct JobSeed {
    const char *language;
    const char *titles;
};

struct KindWeight {
    const char *key;
    int weight;
};

// A fixed table, iterable with a range-for.
template<typename T>
struct Table {
    const T *first;
    const T *last;
    const T *begin() const { return first; }
    const T *end() const { return last; }
};

Table<OriginSeed> origins();
Table<CountrySeed> countries();
Table<JobSeed> jobTitles();
// general_assembly is placed separately (one a year).
Table<KindWeight> kindWeights();
const char *topics();
const char *projects();

} // namespace fd::generatorseeds
