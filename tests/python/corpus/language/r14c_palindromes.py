# Palindrome checks: slicing, two pointers, and cleaning punctuation with isalnum.
def is_pal(s):
    s = ''.join(ch.lower() for ch in s if ch.isalnum())
    return s == s[::-1]

def is_pal_ptr(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True

tests = ["racecar", "A man, a plan, a canal: Panama!", "hello", "", "No 'x' in Nixon", "Été"]
for t in tests:
    print(repr(t), is_pal(t), is_pal_ptr(t.lower()))

longest = max((w for w in "level noon civic rotor kayak deed refer".split()), key=len)
print("longest:", longest)
nums = [n for n in range(100, 200) if str(n) == str(n)[::-1]]
print(nums)
