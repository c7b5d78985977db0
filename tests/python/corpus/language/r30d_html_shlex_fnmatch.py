# Small text utilities: html.escape/unescape, shlex.split/quote, fnmatch, keyword checks
import fnmatch
import html
import keyword
import shlex

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; caf&eacute; &#9731; &amp;amp;"))
print(shlex.split('run --name "my task" --tag=a\\ b \'single quoted\''))
print(shlex.quote("it's a file.txt"), shlex.join(["echo", "a b", "c"]))
files = ["main.py", "test_main.py", "README.md", "setup.cfg", "data.PY"]
print(fnmatch.filter(files, "*.py"), fnmatch.fnmatch("data.PY", "*.py"), fnmatch.fnmatchcase("data.PY", "*.py"))
print([f for f in files if fnmatch.fnmatch(f, "[st]*")], fnmatch.translate("*.md"))
print(keyword.iskeyword("async"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(shlex.split('unterminated "quote'))
