# string.letters from Python 2
import string
print(string.digits)
print(string.letters)
