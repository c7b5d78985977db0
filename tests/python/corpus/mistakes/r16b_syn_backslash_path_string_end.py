# A Windows path whose last backslash escapes the closing quote
folder = "C:\\Users\\ada\"
print(folder)
