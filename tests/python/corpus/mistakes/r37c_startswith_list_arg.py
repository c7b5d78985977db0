# filtering files by a list of extensions with endswith
files = ["a.py", "b.txt", "c.md"]
exts = (".py", ".md")
print([f for f in files if f.endswith(exts)])
exts = [".py", ".md"]
print([f for f in files if f.endswith(exts)])
