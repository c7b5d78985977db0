# An invalid escape sequence in a normal string: the pattern still works
import re

text = '5! = 120, 6! = 720'
for m in re.finditer('(\d)! = (\d+)', text):
    print(m.group(1), m.group(2))
print(len('\d'), '\d')
