# a typo in a str method name: the traceback suggests the right one
sentence = "The Quick Brown Fox"
print(sentence.lower())
print(sentence.split())
words = sentence.spilt()
print(words)
