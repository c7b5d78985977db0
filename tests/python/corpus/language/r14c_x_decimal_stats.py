# statistics on Decimal prices: mean, median, stdev as Decimals, and mixing a float in by mistake.
from decimal import Decimal
import statistics as st

prices = [Decimal("19.99"), Decimal("5.25"), Decimal("7.50"), Decimal("5.25"), Decimal("12.00")]
print("mean  ", repr(st.mean(prices)))
print("median", repr(st.median(prices)), repr(st.median_low(prices)), repr(st.median_high(prices)))
print("mode  ", repr(st.mode(prices)), st.multimode(prices))
print("var   ", repr(st.variance(prices)), repr(st.pvariance(prices)))
print("stdev ", repr(st.stdev(prices)), repr(st.pstdev(prices)))
print("fmean ", st.fmean(prices), st.quantiles(prices, n=4))
print(repr(st.mean([Decimal(1), 2, 3])), repr(st.stdev([Decimal(1), Decimal(2)])))
cheapest = min(prices)
print(f"cheapest {cheapest}, {len([p for p in prices if p > st.mean(prices)])} above the mean")
try:
    st.mean(prices + [4.99])
except TypeError as e:
    print("TypeError:", e)
print(st.mean(prices + [Decimal("4.99")]).quantize(Decimal("0.01")))
