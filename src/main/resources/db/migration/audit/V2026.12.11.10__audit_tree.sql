-- The Merkle tree over the audit trail (RFC 6962 hashing, issue 23), beside the hash chain, which
-- is unchanged. Leaf i is the entry of seq i + 1 (vn.motcua.audit.internal.MerkleLeaf).
-- audit_tree_node: the hash (hex) of every perfect subtree the sealer has completed, height 0 being
-- the leaf hashes; node (h, i) covers leaves [i * 2^h, (i + 1) * 2^h). A root, an inclusion path or
-- a consistency proof reads O(log n) of them; verify recomputes the leaves from the entries.
create table audit_tree_node (
    height    smallint not null,
    idx       bigint   not null,
    node_hash char(64) not null,
    primary key (height, idx)
);

-- The signed tree heads, one row per sealed size: the log of heads.
create table audit_tree_head (
    tree_size bigint                   not null primary key,
    root_hash char(64)                 not null,
    signed_at timestamp with time zone not null,
    key_id    varchar(64)              not null,
    signature varchar(200)             not null
);

-- How many leaves are sealed: one row, locked (select ... for update) by the one sealer at a time
-- in the cluster; appends never touch it.
create table audit_tree_state (
    id        integer not null primary key,
    tree_size bigint  not null
);
insert into audit_tree_state (id, tree_size) values (1, 0);
