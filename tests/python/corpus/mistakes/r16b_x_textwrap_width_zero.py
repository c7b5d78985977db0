# textwrap.wrap with a width of zero
import textwrap

print(textwrap.wrap("the quick brown fox", width=10))
print(textwrap.wrap("the quick brown fox", width=0))
