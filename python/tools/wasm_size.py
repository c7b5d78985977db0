#!/usr/bin/env python3
"""What python.wasm's bytes are made of: gzip bytes per source file, per area
and per function (issue 13's size target).

    make pywasm-size                 # builds build/wasm/size/ and runs this
    python3 python/tools/wasm_size.py build/wasm/size/python.wasm build/wasm/size/python.map \
        [--functions N] [--data N] [--group file|area] [--compare OTHER.wasm]

The module is `make pywasm`'s, linked with --profiling-funcs (function names,
same code) and wasm-ld's --print-map (which input file each function and data
symbol came from).  A function keeps the file it was defined in, with what
wasm-opt inlined into it.  Strings that wasm-ld merged into one block
(`<internal>:(.rodata)`) are given back to the objects that hold them by
reading each object's string segments.

The gzip column is a group's marginal cost: gzip -9 of every function body and
data byte, minus the same with the group's bytes left out -- what the module
would lose without them (the columns add up to a little less than the whole,
since what a group shares with the rest is counted in neither).  'raw' is
bytes before compression.  Asyncify's instrumentation and the stack check are
inside the functions they instrument: --compare shows them, function by
function, against a copy of build/wasm/size/python.wasm built without them,
for instance

    rm build/wasm/size/python.wasm; make pywasm-size PYEMEXTRA=-sSTACK_OVERFLOW_CHECK=0
    cp build/wasm/size/python.wasm /tmp/nocheck.wasm; rm build/wasm/size/python.wasm
    make pywasm-size SIZE_ARGS='--compare /tmp/nocheck.wasm'
"""
import argparse
import collections
import os
import re
import sys
import zlib


def leb(b, i, signed=False):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            if signed and x & 0x40:
                r -= 1 << s
            return r, i


def sections(b):
    assert b[:4] == b'\0asm', 'not a wasm module'
    i = 8
    while i < len(b):
        sid = b[i]
        size, j = leb(b, i + 1)
        yield sid, b[j:j + size]
        i = j + size


def name_of(b, i):
    n, i = leb(b, i)
    return b[i:i + n].decode('utf-8', 'replace'), i + n


def read_module(path):
    """Function bodies (index, name, bytes), data (address, bytes) and the
    names of all functions, imports included (index: name)."""
    b = open(path, 'rb').read()
    nimports = 0
    bodies = []
    data = []
    names = {}
    for sid, s in sections(b):
        if sid == 2:  # imports: count the functions
            n, i = leb(s, 0)
            for _ in range(n):
                _, i = name_of(s, i)
                _, i = name_of(s, i)
                kind = s[i]
                i += 1
                if kind == 0:
                    nimports += 1
                    _, i = leb(s, i)
                elif kind == 1:
                    i += 1
                    flags, i = leb(s, i)
                    _, i = leb(s, i)
                    if flags & 1:
                        _, i = leb(s, i)
                elif kind == 2:
                    flags, i = leb(s, i)
                    _, i = leb(s, i)
                    if flags & 1:
                        _, i = leb(s, i)
                elif kind == 3:
                    i += 2
        elif sid == 10:
            n, i = leb(s, 0)
            for k in range(n):
                size, i = leb(s, i)
                bodies.append([nimports + k, s[i:i + size]])
                i += size
        elif sid == 11:
            n, i = leb(s, 0)
            for _ in range(n):
                flags, i = leb(s, i)
                assert flags == 0 and s[i] == 0x41, 'unexpected data segment'
                addr, i = leb(s, i + 1)  # i32.const (addresses < 2 GB here)
                assert s[i] == 0x0B
                size, i = leb(s, i + 1)
                data.append((addr, s[i:i + size]))
                i += size
        elif sid == 0:
            cname, i = name_of(s, 0)
            if cname != 'name':
                continue
            while i < len(s):
                sub = s[i]
                size, i = leb(s, i + 1)
                if sub == 1:
                    n, k = leb(s, i)
                    for _ in range(n):
                        idx, k = leb(s, k)
                        names[idx], k = name_of(s, k)
                i += size
    if not names:
        sys.exit('%s has no function names: build it with --profiling-funcs' % path)
    return [(idx, names.get(idx, '?%d' % idx), body) for idx, body in bodies], data, names


def read_map(path):
    """From wasm-ld's map: function name -> input files, and data symbols
    (address, size, input file, symbol)."""
    funcs = collections.defaultdict(list)
    datasyms = []
    part = None
    # "Addr Off Size Out In Symbol": an input line is 8 spaces deeper than
    # its output section's, a symbol 8 more.
    rx = re.compile(r'^\s*([0-9a-f]+|-)\s+([0-9a-f]+)\s+([0-9a-f]+)( +)(.*)$')
    for line in open(path):
        m = rx.match(line)
        if not m:
            continue
        addr, _, size, pad, rest = m.groups()
        depth = len(pad)
        if depth == 1:
            if addr == '-':  # a section; a data section's parts have addresses
                part = rest.split('(')[0].strip()
            continue
        if depth > 9 or ':(' not in rest:
            continue
        fname, sym = rest.rsplit(':(', 1)
        sym = sym[:-1]
        if part == 'CODE':
            funcs[sym].append(fname)
        elif part == 'DATA' and addr != '-':
            datasyms.append((int(addr, 16), int(size, 16), fname, sym))
    return funcs, datasyms


def object_strings(path):
    """The strings of an object's mergeable string segments."""
    try:
        b = open(path, 'rb').read()
    except OSError:
        return []
    segs = []
    seginfo = []
    for sid, s in sections(b):
        if sid == 11:
            n, i = leb(s, 0)
            for _ in range(n):
                flags, i = leb(s, i)
                if flags == 0:  # i32.const offset, end
                    _, i = leb(s, i + 1)
                    i += 1
                size, i = leb(s, i)
                segs.append(s[i:i + size])
                i += size
        elif sid == 0:
            cname, i = name_of(s, 0)
            if cname != 'linking':
                continue
            _, i = leb(s, i)
            while i < len(s):
                sub = s[i]
                size, j = leb(s, i + 1)
                if sub == 5:  # WASM_SEGMENT_INFO
                    n, k = leb(s, j)
                    for _ in range(n):
                        sname, k = name_of(s, k)
                        _, k = leb(s, k)
                        sflags, k = leb(s, k)
                        seginfo.append((sname, sflags))
                i = j + size
    out = []
    for (sname, sflags), seg in zip(seginfo, segs):
        if sflags & 1:  # WASM_SEG_FLAG_STRINGS
            out += [x for x in seg.split(b'\0') if x]
    return out


AREAS = [
    (r'python/(tokenize|parse|ast|check)\.', 'parser'),
    (r'python/compile\.', 'compiler'),
    (r'python/eval\.', 'evaluator'),
    (r'python/(containers)\.', 'containers'),
    (r'python/(object|intfloat|str|exc|gc)\.', 'objects'),
    (r'python/unicode_case\.|python/num_unicode\.', 'unicode'),
    (r'python/(builtins|modules|run)\.', 'builtins+modules'),
    (r'python/asyncio\.', 'asyncio'),
    (r'python/num(_format)?\.|tommath', 'numbers'),
    (r'runtime/', 'runtime'),
    (r'cjson', 'cjson'),
    (r'python/tools/wasm_libc|sysroot|<internal>', 'libc+emscripten'),
    (r'python/tools/', 'wasm entry'),
]


def area(fname):
    for rx, a in AREAS:
        if re.search(rx, fname):
            return a
    return 'other'


def short(fname):
    fname = re.sub(r'^build/wasm/(pyobj|obj)/', '', fname)
    fname = re.sub(r'.*/sysroot/lib/wasm32-emscripten/', '', fname)
    return re.sub(r'\.o$', '.c', fname).replace('.c)', '.c)')


def data_kind(sym, fname=''):
    if sym.endswith('_prelude') or sym.endswith('_src'):
        return 'preludes (python/lib/*.py)'
    if sym.startswith('.L.str') or sym == '(strings)':
        return 'strings'
    if re.search(r'unicode', fname):
        return 'tables: Unicode'
    if re.search(r'sysroot', fname):
        return 'tables: libc'
    if sym.startswith('.data.') and sym.endswith('_type'):
        return 'tables: type objects'
    return 'tables: other'


def gz(parts):
    return len(zlib.compress(b''.join(parts), 9))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('wasm')
    ap.add_argument('map')
    ap.add_argument('--functions', type=int, default=40, help='how many of the largest functions to list')
    ap.add_argument('--data', type=int, default=15, help='how many of the largest data symbols to list')
    ap.add_argument('--group', choices=['file', 'area', 'both'], default='both')
    ap.add_argument('--compare', metavar='OTHER.wasm',
                    help='instead: each function whose size differs in OTHER.wasm (another build with '
                         '--profiling-funcs, say without Asyncify or the stack check), largest first')
    a = ap.parse_args()
    if a.compare:
        return compare(a.wasm, a.compare, a.functions)

    bodies, data, _ = read_module(a.wasm)
    funcs, datasyms = read_map(a.map)

    # Each piece: (label file, kind, name, bytes) in module order.
    pieces = []
    seen = collections.Counter()
    for idx, name, body in bodies:
        files = funcs.get(name) or funcs.get(re.sub(r'\.\d+$', '', name))
        if files:
            f = files[min(seen[name], len(files) - 1)]
            seen[name] += 1
        elif name.startswith('asyncify_') or name.startswith('__asyncify'):
            f = '<asyncify>'
        else:
            f = '<other>'
        pieces.append((f, 'code', name, body))

    # Data: cut the module's memory image at the map's symbols (what
    # wasm-opt left out is zeros: --zero-filled-memory).
    image = bytearray(max(addr + len(blob) for addr, blob in data))
    for addr, blob in data:
        image[addr:addr + len(blob)] = blob

    def bytes_at(addr, size):
        return bytes(image[addr:addr + size])

    owners = collections.defaultdict(list)
    objfiles = sorted({f for syms in funcs.values() for f in syms} | {d[2] for d in datasyms})
    for f in objfiles:
        if f.endswith('.o') and os.path.exists(f):
            for s in object_strings(f):
                owners[s].append(f)
    for addr, size, fname, sym in datasyms:
        blob = bytes_at(addr, size)
        if fname == '<internal>' and sym == '.rodata':
            # wasm-ld's merged strings: split them back by owner.
            by = collections.defaultdict(list)
            for s in blob.split(b'\0'):
                if s:
                    o = owners.get(s)
                    by[o[0] if o else '<internal>'].append(s + b'\0')
            for o, ss in by.items():
                pieces.append((o, 'data', '(strings)', b''.join(ss)))
        elif blob.strip(b'\0'):  # zeros (.bss, em_js that emcc took out) are not in the module
            pieces.append((fname, 'data', sym, blob))

    payload = [p[3] for p in pieces]
    total_gz = gz(payload)
    whole = open(a.wasm, 'rb').read()
    print('%s: %d bytes, %d gzip -9 (with its names section; `make pywasm` prints the module without it)'
          % (a.wasm, len(whole), len(zlib.compress(whole, 9))))
    code_raw = sum(len(p[3]) for p in pieces if p[1] == 'code')
    data_raw = sum(len(p[3]) for p in pieces if p[1] == 'data')
    code_gz = gz([p[3] for p in pieces if p[1] == 'code'])
    data_gz = gz([p[3] for p in pieces if p[1] == 'data'])
    print('function bodies %d raw, %d gzip alone; data %d raw, %d gzip alone; together %d gzip'
          % (code_raw, code_gz, data_raw, data_gz, total_gz))

    def report(title, key):
        groups = collections.OrderedDict()
        for i, p in enumerate(pieces):
            groups.setdefault(key(p), []).append(i)
        rows = []
        for g, idxs in groups.items():
            s = set(idxs)
            rest = gz([p for i, p in enumerate(payload) if i not in s])
            raw_c = sum(len(pieces[i][3]) for i in idxs if pieces[i][1] == 'code')
            raw_d = sum(len(pieces[i][3]) for i in idxs if pieces[i][1] == 'data')
            nf = sum(1 for i in idxs if pieces[i][1] == 'code')
            rows.append((total_gz - rest, g, raw_c, raw_d, nf))
        rows.sort(reverse=True)
        print()
        print('%-44s %8s %9s %9s %6s' % (title, 'gzip', 'code raw', 'data raw', 'funcs'))
        for m, g, rc, rd, nf in rows:
            print('%-44s %8d %9d %9d %6d' % (g, m, rc, rd, nf))
        print('%-44s %8d' % ('(sum of the rows)', sum(r[0] for r in rows)))

    def file_key(p):
        if p[1] == 'data' and data_kind(p[2]).startswith('preludes'):
            return 'preludes: ' + p[2]
        return short(p[0]) + (' [data]' if p[1] == 'data' else '')

    def area_key(p):
        if p[1] == 'data':
            return 'data: ' + data_kind(p[2], p[0])
        return area(p[0]) if not p[0].startswith('<') else p[0]

    if a.group in ('area', 'both'):
        report('area (code) / kind (data)', area_key)
    if a.group in ('file', 'both'):
        report('source file', file_key)

    if a.functions:
        print()
        print('the %d largest functions (raw bytes, gzip alone)' % a.functions)
        code = sorted((p for p in pieces if p[1] == 'code'), key=lambda p: -len(p[3]))
        for p in code[:a.functions]:
            print('%7d %6d  %-40s %s' % (len(p[3]), len(zlib.compress(p[3], 9)), p[2], short(p[0])))
    if a.data:
        print()
        print('the %d largest data symbols (raw bytes, gzip alone)' % a.data)
        dat = sorted((p for p in pieces if p[1] == 'data'), key=lambda p: -len(p[3]))
        for p in dat[:a.data]:
            print('%7d %6d  %-40s %s' % (len(p[3]), len(zlib.compress(p[3], 9)), p[2], short(p[0])))


def compare(path, other, most):
    mine = {name: body for _, name, body in read_module(path)[0]}
    theirs = {name: body for _, name, body in read_module(other)[0]}
    rows = sorted(((len(mine.get(n, b'')) - len(theirs.get(n, b'')), n) for n in set(mine) | set(theirs)),
                  key=lambda r: (-abs(r[0]), r[1]))
    rows = [r for r in rows if r[0]]
    print('%s minus %s: %+d bytes of function bodies in %d functions (gzip of all bodies: %+d)'
          % (path, other, sum(r[0] for r in rows), len(rows),
             gz(list(mine.values())) - gz(list(theirs.values()))))
    for d, n in rows[:most]:
        print('%+7d %7d %7d  %s' % (d, len(mine.get(n, b'')), len(theirs.get(n, b'')), n))


if __name__ == '__main__':
    main()
