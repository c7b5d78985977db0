# string.letters from Python 2
print("== string letters python2 ==")
import string
print(string.digits)
print(string.letters)
