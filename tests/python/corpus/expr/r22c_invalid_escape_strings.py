# backslashes in normal strings: valid and invalid escapes
import re
print(len("\d+"), "\d+", repr("\d"), "\q", repr("\\q"))
print(re.findall("\d+", "a1b22c333"), re.findall(r"\d+", "x4"))
print("C:\new\folder", r"C:\new\folder", "C:\\new\\folder")
print(repr("\101\x41\u0041"), repr("\0"), repr("\777"), len("\x7f\177"))
