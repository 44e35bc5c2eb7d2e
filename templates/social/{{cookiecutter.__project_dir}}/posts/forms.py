from django import forms

from posts.mentions import check_mention_limit
from posts.models import Comment, Post


class PostForm(forms.ModelForm):
    class Meta:
        model = Post
        fields = ["text", "image"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3, "placeholder": "What's new?"})}

    def clean_text(self):
        text = self.cleaned_data["text"]
        check_mention_limit(text)
        return text


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2, "placeholder": "Say something kind"})}
        labels = {"text": "Comment"}
