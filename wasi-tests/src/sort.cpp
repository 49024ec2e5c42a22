// sort: a C++ program (libc++): reads words from stdin, prints them sorted
// and counted with std::map, and the longest one with std::string.
#include <iostream>
#include <map>
#include <string>

int main(int argc, char **argv) {
    std::map<std::string, int> counts;
    std::string word, longest;
    while (std::cin >> word) {
        counts[word]++;
        if (word.size() > longest.size()) longest = word;
    }
    for (const auto &kv : counts) std::cout << kv.first << " " << kv.second << "\n";
    std::cout << "longest: " << longest << " (" << argc - 1 << " arguments)" << std::endl;
    return counts.empty() ? 1 : 0;
}
