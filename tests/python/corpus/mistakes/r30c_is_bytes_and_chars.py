# Single characters and bytes compared with "is".
word = input()
first = word[0]
print(first is "a", first == "a")
print(word[1] is "é"[0], word[1] == "é")
data = word.encode()
print(data[:1] is b"a", data[0:0] is b"", bytes(data) is data)
print(chr(97) is "a", chr(233) is "é", "".join([first]) is first)
