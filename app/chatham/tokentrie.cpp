#include "chatham/tokentrie.h"

namespace debrief {

namespace {

int rank(MentionKind kind)
{
    switch (kind) {
    case MentionKind::FullName:
    case MentionKind::Handle:
    case MentionKind::Email:
    case MentionKind::Url:
        return 4;
    case MentionKind::Initials:
        return 3;
    case MentionKind::Affiliation:
        return 2;
    case MentionKind::PartialName:
        return 1;
    }
    return 0;
}

} // namespace

TokenTrie::TokenTrie()
    : m_nodes(1)
    , m_slots(1024)
    , m_mask(1023)
{}

void TokenTrie::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(old.size() * 2, Slot{});
    m_mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.key == 0)
            continue;
        std::size_t slot = s.key & m_mask;
        while (m_slots[slot].key != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = s;
    }
}

int TokenTrie::addChild(int node, std::uint64_t tokenHash)
{
    const int existing = child(node, tokenHash);
    if (existing >= 0)
        return existing;
    // A table at most a quarter full keeps probe chains short.
    if ((m_used + 1) * 4 > m_slots.size())
        grow();
    const std::uint64_t key = edgeKey(node, tokenHash);
    std::size_t slot = key & m_mask;
    while (m_slots[slot].key != 0)
        slot = (slot + 1) & m_mask;
    const int created = static_cast<int>(m_nodes.size());
    m_slots[slot] = Slot{key, created};
    ++m_used;
    m_nodes[static_cast<std::size_t>(node)].hasChildren = true;
    m_nodes.emplace_back();
    return created;
}

void TokenTrie::add(const std::vector<std::uint64_t> &tokenHashes, MentionOwner owner, MentionKind kind, bool ambiguous)
{
    if (tokenHashes.empty())
        return;
    int current = Root;
    for (const std::uint64_t hash : tokenHashes)
        current = addChild(current, hash);
    Node &target = m_nodes[static_cast<std::size_t>(current)];
    target.ambiguous = target.ambiguous || ambiguous;
    if (!target.hasMatch || rank(kind) > rank(target.kind)) {
        target.hasMatch = true;
        target.owner = owner;
        target.kind = kind;
        return;
    }
    if (rank(kind) < rank(target.kind) || target.owner == owner)
        return;
    // The same words name two different people: neither label would be right.
    if (owner.type == MentionOwner::Type::Person || target.owner.type == MentionOwner::Type::Person ||
        target.owner.type == MentionOwner::Type::SeveralPeople)
        target.owner = MentionOwner{MentionOwner::Type::SeveralPeople, -1};
}

} // namespace debrief
