# html.escape/unescape for a tiny template, and keyword checks for variable names
import html
import keyword

template = "<li>{}</li>"
for item in ['Tom & Jerry', '<script>alert("x")</script>', "it's"]:
    print(template.format(html.escape(item)))
print(html.escape("<b>", quote=False), html.unescape("&lt;p&gt; caf&eacute; &#9731; &#x263A; &amp;amp;"))
for name in ["async", "match", "print", "class_", "lambda", "_", "None", "type"]:
    print(f"{name:7} keyword={keyword.iskeyword(name)!s:5} soft={keyword.issoftkeyword(name)!s:5} id={name.isidentifier()}")
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
