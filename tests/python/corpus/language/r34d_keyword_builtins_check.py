# Checking identifiers: keyword.iskeyword, soft keywords, str.isidentifier and builtins shadows
import keyword, builtins

names = ["class", "match", "case", "_", "print", "list", "async", "2fast", "ok_name", "type", "True", "nonlocal"]
for n in names:
    kinds = []
    if keyword.iskeyword(n):
        kinds.append("keyword")
    if keyword.issoftkeyword(n):
        kinds.append("soft")
    if hasattr(builtins, n):
        kinds.append("builtin")
    if not n.isidentifier():
        kinds.append("invalid")
    print(f"{n:9} {', '.join(kinds) or 'free'}")
print(len(keyword.kwlist), keyword.softkwlist)
print(sorted(k for k in keyword.kwlist if k[0].isupper()))
match = 5
case = match + 1
print(match, case)
