# string methods called with the wrong arguments while I wrote a text tool
s = "hello world"
calls = [
    ("s.find(1)", lambda: s.find(1)),
    ("s.count()", lambda: s.count()),
    ("s.replace('l')", lambda: s.replace("l")),
    ("s.replace('l', 'L', 'all')", lambda: s.replace("l", "L", "all")),
    ("s.split(',', '1')", lambda: s.split(",", "1")),
    ("s.join('a', 'b')", lambda: s.join("a", "b")),
    ("s.strip(1)", lambda: s.strip(1)),
    ("s.ljust('5')", lambda: s.ljust("5")),
    ("s.zfill()", lambda: s.zfill()),
    ("s.index('z')", lambda: s.index("z")),
    ("s.rindex('z')", lambda: s.rindex("z")),
    ("s.partition('')", lambda: s.partition("")),
    ("s.expandtabs('4')", lambda: s.expandtabs("4")),
    ("s.encode('nope')", lambda: s.encode("nope")),
    ("s.translate(5)", lambda: s.translate(5)),
    ("str.maketrans('ab', 'c')", lambda: str.maketrans("ab", "c")),
    ("s.format_map(5)", lambda: "{x}".format_map(5)),
    ("s.removeprefix()", lambda: s.removeprefix()),
    ("'{:x}'.format('a')", lambda: "{:x}".format("a")),
    ("'{0:{1}}'.format(1)", lambda: "{0:{1}}".format(1)),
    ("'{'.format(1)", lambda: "{".format(1)),
    ("'}'.format(1)", lambda: "}".format(1)),
    ("'{a.b}'.format(a=1)", lambda: "{a.b}".format(a=1)),
    ("'{0[x]}'.format([1])", lambda: "{0[x]}".format([1])),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
