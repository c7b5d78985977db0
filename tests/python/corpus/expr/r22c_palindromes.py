# palindrome checks with slicing and cleaning
phrases = ["racecar", "Racecar", "A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello",
           "", "a", "ab", "Was it a car or a cat I saw?", "12321", "12 21", "été", "Ésope reste ici et se repose"]
for p in phrases:
    cleaned = "".join(ch.casefold() for ch in p if ch.isalnum())
    print(f"{p!r:36} raw={p == p[::-1]!s:5} cleaned={cleaned == cleaned[::-1]!s:5} {cleaned!r}")
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            if s[i:j] == s[i:j][::-1]:
                best = s[i:j]
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "abc"]:
    print(s, "->", longest_pal(s))
print([n for n in range(100, 200) if str(n) == str(n)[::-1]])
print(str(12321)[::-1] == 12321)
