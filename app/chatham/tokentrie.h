#pragma once

#include <cstdint>
#include <vector>

namespace debrief {

/// Who a matched identity belongs to.
struct MentionOwner
{
    enum class Type : std::uint8_t
    {
        Person,
        Affiliation,
        SeveralPeople
    };
    Type type = Type::Person;
    int index = -1; ///< roster index of the person, or affiliation index; -1 for several people

    friend bool operator==(const MentionOwner &, const MentionOwner &) = default;
};

enum class MentionKind : std::uint8_t
{
    FullName,
    PartialName,
    Initials,
    Handle,
    Email,
    Url,
    Affiliation
};

/// A trie whose edges are whole words (by their folded hash), stored as one flat
/// open-addressing table: finding the child of a node for a word costs one probe on average,
/// which is what keeps the anonymiser linear in the text and independent of the roster size.
class TokenTrie
{
public:
    struct Node
    {
        MentionOwner owner;
        MentionKind kind = MentionKind::PartialName;
        bool hasMatch = false;
        bool ambiguous = false; ///< a single word that is also a common word (Will, May)
        bool hasChildren = false;
    };

    static constexpr int Root = 0;

    TokenTrie();

    /// Adds a word sequence; a higher-ranked kind wins a node, equal ranks from different
    /// people make the node belong to several people.
    void add(const std::vector<std::uint64_t> &tokenHashes, MentionOwner owner, MentionKind kind, bool ambiguous);

    /// The child of @p node along the word with @p tokenHash, or -1.
    [[nodiscard]] int child(int node, std::uint64_t tokenHash) const
    {
        std::uint64_t key = edgeKey(node, tokenHash);
        std::size_t slot = key & m_mask;
        while (true) {
            const Slot &s = m_slots[slot];
            if (s.key == key)
                return s.node;
            if (s.key == 0)
                return -1;
            slot = (slot + 1) & m_mask;
        }
    }
    [[nodiscard]] const Node &node(int index) const { return m_nodes[static_cast<std::size_t>(index)]; }
    [[nodiscard]] std::size_t nodeCount() const { return m_nodes.size(); }

private:
    struct Slot
    {
        std::uint64_t key = 0;
        int node = -1;
    };
    [[nodiscard]] static std::uint64_t edgeKey(int node, std::uint64_t tokenHash)
    {
        std::uint64_t key = tokenHash ^ ((static_cast<std::uint64_t>(node) + 1) * 0x9E3779B97F4A7C15ULL);
        key ^= key >> 29;
        return key == 0 ? 1 : key;
    }
    int addChild(int node, std::uint64_t tokenHash);
    void grow();

    std::vector<Node> m_nodes;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_used = 0;
};

} // namespace debrief
