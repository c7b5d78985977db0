# how repr chooses quotes and escapes
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "bell\a", "\x00\x1f\x7f", "é", "\u200b", "\ud800" if False else "\u0085", "\U0001F600", "\r\n",
           "'", '"', "''\"\"", "\x80\xa0\xad"]
for s in samples:
    print(repr(s), len(s), ascii(s))
print(str(["it's", 'a "b"']), str(("x",)), str({"k": "v'"}))
print(repr(r"raw\n"), r"C:\new\table", len(r"\n"), "\\n" == r"\n")
print('single' == "single", """triple "quotes" here""", '''and 'these' too''')
print("line one\
 continued", "adjacent" " literals" ' joined')
print(repr("%s" % "'"), repr("{!r}".format('"')), f"{chr(39)!r}")
print(eval(repr("tricky 'both' \"kinds\"\n")) == "tricky 'both' \"kinds\"\n")
