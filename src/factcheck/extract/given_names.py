"""Common given names, so "Scott Peterson" reads as a person without a title or a verb."""

from __future__ import annotations

from factcheck.extract._base import words

# A general list of frequent given names in English-language news (US/UK registers plus
# names common in world news); it marks a capitalised pair as a person, never a place.
GIVEN_NAMES = words(
    """Aaron Abdul Adam Adrian Ahmed Alan Albert Alex Alexander Alexandra Alice Alicia Alistair
    Amanda Amy Ana Andrea Andrew Angela Ann Anna Anne Anthony Antonio Antony Barack Barbara
    Ben Benjamin Bernie Beth Betty Bill Bob Boris Brad Brandon Brenda Brian Bruce Carl Carlos
    Carol Caroline Catherine Charles Charlie Chris Christian Christina Christine Christopher
    Claire Colin Craig Dan Daniel Dave David Deborah Dennis Diana Diane Donald Donna Dorothy
    Douglas Dylan Ed Edward Elizabeth Ellen Emily Emma Emmanuel Eric Erin Ethan Eugene Frank
    Fred Gary George Gerald Gordon Grace Greg Gregory Hannah Harold Harry Heather Helen Henry
    Hillary Hugh Ian Igor Isabel Jack Jacob James Jamie Jane Janet Jason Jean Jeff Jeffrey
    Jennifer Jeremy Jerry Jessica Jim Joan Joe John Johnny Jonathan Jordan Jose Joseph Joshua
    Joyce Juan Judith Julia Julie Justin Karen Kate Katherine Kathleen Keith Kelly Ken Kenneth
    Kevin Kim Kimberly Kyle Larry Laura Lauren Lawrence Lee Linda Lisa Louis Lucy Luis Luke
    Margaret Maria Marie Mark Martha Martin Mary Matt Matthew Megan Melissa Michael Michelle
    Mike Mohammed Muhammad Nancy Nathan Nicholas Nick Nicole Nikki Noah Olivia Pamela Patricia
    Patrick Paul Peter Phil Philip Rachel Ralph Randy Raymond Rebecca Richard Rick Rishi Robert
    Roger Ron Ronald Rose Roy Russell Ruth Ryan Sam Samantha Samuel Sandra Sara Sarah Scott Sean
    Sergei Sharon Shirley Stephanie Stephen Steve Steven Susan Tanya Terry Theresa Thomas Tim
    Timothy Tom Tony Tyler Victoria Vincent Vladimir Walter Wayne William Xi Yuki Zachary
    Ahmad Hassan Ibrahim Khaled Khalid Mahmoud Mohamed Mohammad Yousef Yusuf"""
)
