# Conditional expressions and grading with if/elif and a ternary chain
def grade(score):
    return 'A' if score >= 90 else 'B' if score >= 80 else 'C' if score >= 70 else 'F'

scores = {'ann': 95, 'bob': 82, 'cy': 71, 'dan': 40}
for n, s in scores.items():
    print(f'{n:<4}{s:>3} {grade(s)} {"pass" if s >= 50 else "fail"}')
nums = [3, -1, 0, 7]
print([('pos' if x > 0 else 'zero' if x == 0 else 'neg') for x in nums])
print(max(nums) if nums else None, min([]) if [] else 'empty')
label = 'many' if len(nums) > 3 else 'few'
print(label, len(nums) > 3 and 'many' or 'few')
print(grade('90'))
