# A Windows folder path ending in a backslash.
name = "report.txt"
folder = "C:\new\"
print(folder + name)
print(folder)
