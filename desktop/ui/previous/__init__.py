"""Previous rounds in the window: the previous answer beside each question, copying it
forward (per question, section or round, with undo), the comparison of two rounds or
submissions, what changed this round, and a chart of a repeated number over rounds.

Over the ``form`` room (it adds to its pages) and under the ``shell`` (which makes it);
the rules are the review service's (``desktop.review``): this room shows and asks.
"""
