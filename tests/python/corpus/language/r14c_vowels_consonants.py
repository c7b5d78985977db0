# Counting vowels, consonants, digits and spaces in a sentence, and the most common letter.
sentence = "Python 3.11 was released in October 2022, and it is FAST!"
vowels = consonants = digits = spaces = other = 0
for ch in sentence:
    if ch.lower() in "aeiou":
        vowels += 1
    elif ch.isalpha():
        consonants += 1
    elif ch.isdigit():
        digits += 1
    elif ch == " ":
        spaces += 1
    else:
        other += 1
print(f"vowels={vowels} consonants={consonants} digits={digits} spaces={spaces} other={other}")
freq = {}
for ch in sentence.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
most = max(sorted(freq), key=freq.get)
print("most common:", most, freq[most])
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print("no vowels:", "".join(c for c in sentence if c.lower() not in "aeiou"))
from collections import Counter
print(Counter(sentence.lower().replace(" ", "")).most_common(3))
