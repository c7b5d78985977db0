# A Windows path with \t and \n in it: a tab and a newline are printed, no error
print("== invalid escape windows path ==")
path = "C:\temp\new_file.txt"
print(path)
print(len(path))
