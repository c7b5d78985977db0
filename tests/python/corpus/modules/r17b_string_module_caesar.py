# The string module's constants and a Caesar cipher with str.maketrans
import string

print(string.ascii_lowercase, string.digits, string.punctuation)
print(len(string.printable), string.ascii_uppercase[:5], string.hexdigits)

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

secret = caesar('Hello, Async World!', 3)
print(secret, caesar(secret, -3))
print(string.capwords('the event loop runs tasks'))
t = string.Template('$who waited $n seconds')
print(t.substitute(who='main', n=3), t.safe_substitute(who='task'))
print(t.substitute(who='x'))
