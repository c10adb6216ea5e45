"""Cluster stage: ArticleFacts -> Events (which articles report the same happening).

``events`` holds the clustering (date window, places, participants, lead similarity);
``terms`` the name terms it weighs.
"""

from factcheck.cluster.events import cluster_events

__all__ = ["cluster_events"]
