#!/usr/bin/env python3
"""Checks a dossier's audit proofs and a consistency proof with no code of the application.

Usage:
  verify-audit-proof.py PROOF.json [CONSISTENCY.json]
  verify-audit-proof.py --url http://host:8080 --user hotich.anbinh:demo --dossier CODE [--from N]

PROOF.json is the answer of GET /api/dossiers/{code}/proof; CONSISTENCY.json that of
GET /api/audit/tree/consistency?from=N&to=M (M the proof's head). With --url it fetches them
(--from N: the size of a signed head seen earlier). It rebuilds each entry's leaf from its fields
(0x1F, then 0x00 for a null/absent field or <UTF-8 length>:<UTF-8>, for "motcua-audit-leaf-v1",
seq, at, actor, onBehalfOf, action, subjectType, subjectId, dossierCode, beforeState, afterState,
reason, detail, prevHash, entryHash, keyId), hashes it as RFC 6962 does (SHA-256(0x00 || leaf)),
walks its inclusion path to the head's root (RFC 9162 2.1.3.2), and checks the consistency proof
(RFC 9162 2.1.4.2). The heads' Ed25519 signatures (over "motcua-audit-tree-v1\\n{treeSize}\\n
{rootHash}\\n{timestamp}\\n{keyId}") are checked when the `cryptography` package is installed; the
standard library has no Ed25519, so without it they are reported as skipped. Exit status 0: all good.
"""
import base64
import hashlib
import json
import sys
import urllib.request

FIELDS = ["seq", "at", "actor", "onBehalfOf", "action", "subjectType", "subjectId", "dossierCode",
          "beforeState", "afterState", "reason", "detail", "prevHash", "entryHash", "keyId"]


def leaf(entry):
    out = bytearray()
    for value in ["motcua-audit-leaf-v1"] + [entry.get(f) for f in FIELDS]:
        out.append(0x1F)
        if value is None:
            out.append(0x00)
        else:
            data = str(value).encode("utf-8")
            out += str(len(data)).encode("ascii") + b":" + data
    return bytes(out)


def leaf_hash(data):
    return hashlib.sha256(b"\x00" + data).digest()


def node(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def inclusion_ok(index, size, h, path, root):
    if index >= size:
        return False
    fn, sn, r = index, size - 1, h
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def consistency_ok(first, second, first_root, second_root, proof):
    if first == second:
        return not proof and first_root == second_root
    if not proof or first <= 0 or first > second:
        return False
    path = ([first_root] if first & (first - 1) == 0 else []) + proof
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node(c, fr), node(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == first_root and sr == second_root


def signature(head, public_key_b64):
    """True/False when `cryptography` is installed, None (skipped) otherwise."""
    try:
        from cryptography.hazmat.primitives.serialization import load_der_public_key
        from cryptography.exceptions import InvalidSignature
    except ImportError:
        return None
    message = "\n".join(["motcua-audit-tree-v1", str(head["treeSize"]), head["rootHash"],
                         head["timestamp"], head["keyId"]]).encode("utf-8")
    try:
        load_der_public_key(base64.b64decode(public_key_b64)).verify(
            base64.b64decode(head["signature"]), message)
        return True
    except InvalidSignature:
        return False


def fetch(url, user=None):
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    if user:
        request.add_header("Authorization", "Basic " + base64.b64encode(user.encode()).decode())
    with urllib.request.urlopen(request) as answer:
        return json.load(answer)


def main(argv):
    consistency = None
    if argv and argv[0] == "--url":
        args = dict(zip(argv[0::2], argv[1::2]))
        base = args["--url"].rstrip("/")
        proof = fetch(base + "/api/dossiers/" + args["--dossier"] + "/proof", args.get("--user"))
        if "--from" in args:
            consistency = fetch("%s/api/audit/tree/consistency?from=%s&to=%d"
                                % (base, args["--from"], proof["head"]["treeSize"]))
    else:
        proof = json.load(open(argv[0], encoding="utf-8"))
        if len(argv) > 1:
            consistency = json.load(open(argv[1], encoding="utf-8"))

    ok = True
    head, key = proof["head"], proof["publicKey"]
    size, root = head["treeSize"], bytes.fromhex(head["rootHash"])
    key_id_ok = hashlib.sha256(base64.b64decode(key)).hexdigest() == head["keyId"]
    signed = signature(head, key)
    print("head: size %d, root %s, keyId %s, signature %s"
          % (size, head["rootHash"], "ok" if key_id_ok else "WRONG",
             {True: "ok", False: "BAD", None: "skipped (no Ed25519 in the standard library)"}[signed]))
    ok &= key_id_ok and signed is not False
    for entry in proof["entries"]:
        data = leaf(entry)
        h = leaf_hash(data)
        same_leaf = base64.b64decode(entry["leaf"]) == data and h.hex() == entry["leafHash"]
        included = inclusion_ok(entry["leafIndex"], size, h,
                                [bytes.fromhex(p) for p in entry["inclusion"]], root)
        print("entry seq %d (leaf %d, %s): leaf %s, inclusion %s"
              % (entry["seq"], entry["leafIndex"], entry["action"],
                 "ok" if same_leaf else "DIFFERS", "ok" if included else "FAILS"))
        ok &= same_leaf and included
    if consistency is not None:
        first, second = consistency["from"], consistency["to"]
        consistent = consistency_ok(first["treeSize"], second["treeSize"],
                                    bytes.fromhex(first["rootHash"]), bytes.fromhex(second["rootHash"]),
                                    [bytes.fromhex(p) for p in consistency["proof"]])
        same_head = second["rootHash"] == head["rootHash"] and second["treeSize"] == size
        signs = [signature(first, key), signature(second, key)]
        print("consistency %d -> %d: %s, ends at the proof's head: %s, signatures %s"
              % (first["treeSize"], second["treeSize"], "ok" if consistent else "FAILS",
                 "yes" if same_head else "NO",
                 "skipped" if None in signs else ("ok" if all(signs) else "BAD")))
        ok &= consistent and same_head and False not in signs
    print("VERIFIED" if ok else "NOT VERIFIED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
