# Mistake: a Windows path ending in a backslash swallows the closing quote.
import os

folder = 'C:\results\'
name = 'out.txt'
print(os.path.join(folder, name))
